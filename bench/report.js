// The bench's output: one table row per workload operation and provider, notes under it, and
// the same results as JSON in bench/results/ for comparing runs.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const COLUMNS = [
    ['workload', 23], ['operation', 22], ['db', 10],
    ['raw med/p95', 14], ['st', 3],
    ['ours med/p95', 14], ['st', 3], ['×raw', 6], ['target', 12],
    ['v2 med/p95', 14], ['st', 3], ['×raw', 6], ['ours vs v2', 10],
];

/** Prints the results as a table, with the notes and errors numbered under it. */
export function printTable(results, log = console.log) {
    const notes = [];
    const note = (text) => {
        notes.push(text);
        return `[${notes.length}]`;
    };
    log(row(COLUMNS.map(([name]) => name)));
    log(row(COLUMNS.map(([, width]) => '-'.repeat(width))));
    for (const r of results) {
        const where = `${r.workload} ${r.op} (${r.provider})`;
        const cell = (side) => (r[side]?.error ? `error ${note(`${side} ${where}: ${r[side].error}`)}` : time(r[side], r.unit));
        const ratio = (side) => (ok(r[side]) && ok(r.raw) ? `${(r[side].median / r.raw.median).toFixed(2)}x` : '');
        const extra = r.notes.length ? ` ${note(`${where}: ${r.notes.join('; ')}`)}` : '';
        log(
            row([
                r.workload, r.op, r.provider,
                cell('raw'), r.raw?.statements ?? '',
                cell('ours'), r.ours?.statements ?? '', ratio('ours'), targetMark(r),
                cell('v2'), r.v2?.statements ?? '', ratio('v2'), ok(r.ours) && ok(r.v2) ? (r.ours.median < r.v2.median ? 'ahead' : 'BEHIND') : '',
            ]) + extra,
        );
    }
    if (notes.length) log('');
    notes.forEach((text, i) => log(`[${i + 1}] ${text}`));
}

/** Whether ours meets the operation's target: a ratio to raw Prisma, or seconds of wall time. */
export function targetMet(r) {
    if (!r.target || !ok(r.ours)) return undefined;
    if (r.target.seconds !== undefined) return r.ours.median <= r.target.seconds;
    if (!ok(r.raw)) return undefined;
    return r.ours.median / r.raw.median <= r.target.ratio && !r.notes.some((n) => n.startsWith('ours statements differ'));
}

function targetMark(r) {
    if (!r.target) return '';
    const met = targetMet(r);
    const limit = r.target.seconds !== undefined ? `≤${r.target.seconds} s` : `≤${r.target.ratio.toFixed(2)}x`;
    return `${limit} ${met === undefined ? '?' : met ? 'pass' : 'OVER'}`;
}

/** Writes `{ run, results }` to bench/results/<timestamp>.json; resolves with the path. */
export async function writeJson(dir, run, results) {
    await mkdir(dir, { recursive: true });
    const file = join(dir, `${run.startedAt.replace(/[:.]/g, '-')}.json`);
    const withMarks = results.map((r) => ({ ...r, targetMet: targetMet(r), aheadOfV2: ok(r.ours) && ok(r.v2) ? r.ours.median < r.v2.median : undefined }));
    await writeFile(file, JSON.stringify({ run, results: withMarks }, null, 2) + '\n');
    return file;
}

function ok(side) {
    return side && !side.error && typeof side.median === 'number';
}

function time(side, unit) {
    if (!ok(side)) return '';
    return `${side.timedOut ? '>' : ''}${number(side.median)}/${number(side.p95)} ${unit}`;
}

/** Three significant digits or so: 0.512, 12.3, 115. */
function number(value) {
    return value.toFixed(value < 10 ? 2 + (value < 1 ? 1 : 0) : value < 100 ? 1 : 0);
}

function row(cells) {
    return cells.map((c, i) => String(c).padEnd(COLUMNS[i][1])).join(' ').trimEnd();
}
