import { canonical } from './canonical.js';
import { MODEL_NAMES, MODELS, type ModelName, type State } from './data-model.js';
import type { Expected, Operation, Outcome } from './operation.js';
import { fluentModel } from './read-oracle.js';
import { isPlain, type Plain } from './where-filter.js';

/**
 * How a result differs from the oracle's: `leak` returns or writes what the rules forbid,
 * `wrong denial` withholds or refuses what they allow, the others are wrong in another way.
 */
export type MismatchKind = 'leak' | 'wrong denial' | 'wrong result' | 'wrong error';

export interface Difference {
    readonly kind: MismatchKind;
    readonly detail: string;
}

/** Puts lists Prisma returns in no particular order into a canonical one, so results compare as data. */
export function normalizeResult(operation: Operation, value: unknown): unknown {
    const steps = operation.fluent ?? [];
    if (steps.length > 0) {
        const last = steps[steps.length - 1]!;
        const model = fluentModel(operation.model, steps);
        return Array.isArray(value) ? normalizeList(model, value, last.args ?? {}, last.args?.orderBy !== undefined) : normalizeRow(model, value, last.args ?? {});
    }
    const args = operation.args;
    switch (operation.kind) {
        case 'findMany':
            return normalizeList(operation.model, value, args, args.orderBy !== undefined);
        case 'groupBy':
        case 'createManyAndReturn':
        case 'updateManyAndReturn':
            return normalizeList(operation.model, value, args, false);
        case 'count':
        case 'aggregate':
        case 'createMany':
        case 'updateMany':
        case 'deleteMany':
            return value;
        default:
            return normalizeRow(operation.model, value, args);
    }
}

function normalizeList(model: ModelName, value: unknown, args: Plain, ordered: boolean): unknown {
    if (!Array.isArray(value)) return value;
    const rows = value.map((row) => normalizeRow(model, row, args));
    return ordered ? rows : rows.sort((a, b) => (canonical(a) < canonical(b) ? -1 : 1));
}

function normalizeRow(model: ModelName, row: unknown, args: Plain): unknown {
    if (!isPlain(row)) return row;
    const selection: Plain = { ...(isPlain(args.include) ? args.include : {}), ...(isPlain(args.select) ? args.select : {}) };
    const out: Plain = {};
    for (const [field, value] of Object.entries(row)) {
        const relation = MODELS[model].relations[field];
        const relationArgs = isPlain(selection[field]) ? (selection[field] as Plain) : {};
        if (!relation) out[field] = value;
        else if (relation.kind === 'many') out[field] = normalizeList(relation.target, value, relationArgs, relationArgs.orderBy !== undefined);
        else out[field] = normalizeRow(relation.target, value, relationArgs);
    }
    return out;
}

/** The differences between what happened and what the oracle expected; empty when they agree. */
export function compareOutcome(operation: Operation, expected: Expected, actual: Outcome): Difference[] {
    if (expected.status === 'ok' && actual.status === 'ok') {
        const want = normalizeResult(operation, expected.value);
        const got = normalizeResult(operation, actual.value);
        if (canonical(want) === canonical(got)) return [];
        return [{ kind: classifyValue(want, got), detail: `the result differs ${firstDifference(want, got, '')}` }];
    }
    if (expected.status === 'error' && actual.status === 'ok') return [{ kind: 'leak', detail: `succeeded where ${expected.codes.join('/')} was expected` }];
    if (expected.status === 'ok' && actual.status === 'error') {
        return [{ kind: actual.code === 'P2004' ? 'wrong denial' : 'wrong error', detail: `failed with ${actual.code} where success was expected` }];
    }
    if (expected.status === 'error' && actual.status === 'error') {
        if (!expected.codes.includes(actual.code)) return [{ kind: 'wrong error', detail: `failed with ${actual.code} where ${expected.codes.join('/')} was expected` }];
        if (actual.code === 'P2004' && expected.reason !== undefined && actual.reason !== expected.reason) {
            return [{ kind: 'wrong error', detail: `P2004 for ${actual.reason} where ${expected.reason} was expected` }];
        }
    }
    return [];
}

/** Where two values first differ: "at [0].author: expected null, found {...}". */
function firstDifference(want: unknown, got: unknown, path: string): string {
    if (Array.isArray(want) && Array.isArray(got) && want.length === got.length) {
        const i = want.findIndex((w, j) => canonical(w) !== canonical(got[j]));
        return firstDifference(want[i], got[i], `${path}[${i}]`);
    }
    if (isPlain(want) && isPlain(got)) {
        const key = Object.keys({ ...want, ...got }).find((k) => canonical(want[k]) !== canonical(got[k]))!;
        return firstDifference(want[key], got[key], `${path}.${key}`);
    }
    return `at ${path || 'the top'}: expected ${canonical(want) ?? 'nothing'}, found ${canonical(got) ?? 'nothing'}`;
}

/** Extra rows or a bigger count is a leak; fewer is a wrong denial. */
function classifyValue(want: unknown, got: unknown): MismatchKind {
    if (Array.isArray(want) && Array.isArray(got)) {
        const wanted = want.map(canonical);
        const remaining = [...wanted];
        let extra = false;
        for (const item of got.map(canonical)) {
            const i = remaining.indexOf(item);
            if (i >= 0) remaining.splice(i, 1);
            else extra = true;
        }
        if (extra) {
            // the same rows with different contents are judged by their contents
            const ids = new Set(want.filter(isPlain).map((w) => w.id));
            return got.every((g) => isPlain(g) && 'id' in g && ids.has(g.id)) ? classifyRows(want, got) : 'leak';
        }
        return remaining.length > 0 ? 'wrong denial' : 'wrong result';
    }
    if (typeof want === 'number' && typeof got === 'number') return got > want ? 'leak' : 'wrong denial';
    if (want === null && got !== null) return 'leak';
    if (want !== null && got === null) return 'wrong denial';
    if (isPlain(want) && isPlain(got)) {
        const kinds = Object.keys({ ...want, ...got })
            .filter((k) => canonical(want[k]) !== canonical(got[k]))
            .map((k) => classifyValue(want[k], got[k]));
        return kinds.includes('leak') ? 'leak' : kinds.includes('wrong denial') ? 'wrong denial' : 'wrong result';
    }
    return 'wrong result';
}

/** Rows present on both sides (by id) but different: judged by their contents. */
function classifyRows(want: unknown[], got: unknown[]): MismatchKind {
    const byId = new Map(want.filter(isPlain).map((w) => [w.id, w]));
    const kinds = got.filter(isPlain).map((g) => (byId.has(g.id) ? (canonical(byId.get(g.id)) === canonical(g) ? undefined : classifyValue(byId.get(g.id), g)) : 'leak'));
    return kinds.includes('leak') ? 'leak' : kinds.includes('wrong denial') ? 'wrong denial' : 'wrong result';
}

/**
 * The differences between the database after a write and the oracle's state: a change the
 * oracle doesn't make is a leak, a change it makes that didn't happen a wrong denial.
 */
export function compareState(before: State, expected: State, actual: State): Difference[] {
    const differences: Difference[] = [];
    for (const model of MODEL_NAMES) {
        const index = (rows: State[ModelName]) => new Map(rows.map((r) => [r.id, canonical(r)]));
        const [b, e, a] = [index(before[model]), index(expected[model]), index(actual[model])];
        for (const id of new Set([...e.keys(), ...a.keys()])) {
            if (e.get(id) === a.get(id)) continue;
            const kind: MismatchKind = a.get(id) !== b.get(id) && e.get(id) === b.get(id) ? 'leak' : a.get(id) === b.get(id) ? 'wrong denial' : 'wrong result';
            differences.push({ kind, detail: `${model} ${String(id)}: expected ${e.get(id) ?? 'no row'}, found ${a.get(id) ?? 'no row'}` });
        }
    }
    return differences;
}
