import { normalizeResult } from './compare.js';
import type { FuzzReport, Mismatch } from './fuzz-run.js';
import type { Expected, Outcome } from './operation.js';

/** One line on what a run did, and the coverage by kind of call when asked. */
export function summarize(provider: string, report: FuzzReport, seconds: number, withCoverage: boolean): string {
    const line =
        `[policy-fuzz] ${provider}: ${report.cases} cases (${report.reads} reads, ${report.rulesMatter} of them changed by the rules; ` +
        `${report.writes} writes; ${report.rejected} rejected) in ${seconds.toFixed(1)} s`;
    if (!withCoverage) return line;
    const coverage = [...report.coverage].sort(([a], [b]) => a.localeCompare(b)).map(([label, n]) => `  ${label}: ${n}`);
    return [line, ...coverage].join('\n');
}

/** The mismatches counted by kind: "3 leak, 1 wrong denial". */
export function countByKind(mismatches: readonly Mismatch[]): string {
    const counts = new Map<string, number>();
    for (const m of mismatches) {
        for (const kind of new Set(m.selfCheck ? ['oracle self-check'] : m.differences.map((d) => d.kind))) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    return [...counts].map(([kind, n]) => `${n} ${kind}`).join(', ');
}

/** A mismatch as text a developer can act on: how to replay it, the call, and both sides. */
export function formatMismatch(mismatch: Mismatch, withDataset = false): string {
    const show = (value: unknown) => JSON.stringify(value);
    const outcome = (o: Expected | Outcome) => {
        if (o.status === 'ok') return `ok ${show(normalizeResult(mismatch.operation, o.value))}`;
        const code = 'codes' in o ? o.codes.join('/') : o.code;
        const message = 'message' in o && o.message ? `: ${o.message.split('\n').filter(Boolean).slice(-3).join(' ')}` : '';
        return `error ${code}${o.reason ? ` (${o.reason})` : ''}${message}`;
    };
    const fluent = (mismatch.operation.fluent ?? []).map((s) => `.${s.field}(${s.args ? show(s.args) : ''})`).join('');
    const kinds = mismatch.selfCheck ? 'ORACLE SELF-CHECK' : [...new Set(mismatch.differences.map((d) => d.kind.toUpperCase()))].join(', ');
    return [
        `${kinds} in case ${mismatch.index} (ZENSTACK_POLICY_FUZZ_SEED=${mismatch.seed} ZENSTACK_POLICY_FUZZ_ONLY=${mismatch.index})`,
        `  user: ${mismatch.user === undefined ? 'anonymous' : show(mismatch.user)}`,
        `  call: ${mismatch.operation.model}.${mismatch.operation.kind}(${show(mismatch.operation.args)})${fluent}`,
        ...mismatch.differences.map((d) => `  - ${d.kind}: ${d.detail}`),
        `  expected: ${outcome(mismatch.expected)}`,
        `  actual:   ${outcome(mismatch.actual)}`,
        ...(withDataset ? [`  dataset: ${show(mismatch.dataset)}`] : []),
    ].join('\n');
}
