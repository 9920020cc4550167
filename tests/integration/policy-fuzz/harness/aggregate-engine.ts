import type { ModelName, Row, ScalarValue } from './data-model.js';
import { findRows } from './read-engine.js';
import { isPlain, type Plain, type View } from './where-filter.js';

type Aggregator = '_count' | '_sum' | '_avg' | '_min' | '_max';
const AGGREGATORS: readonly Aggregator[] = ['_count', '_sum', '_avg', '_min', '_max'];

/** `count` over readable rows: a number, or per field with `select`. */
export function countRows(view: View, model: ModelName, args: Plain): unknown {
    const rows = findRows(view, model, { where: args.where, orderBy: args.orderBy, skip: args.skip, take: args.take });
    if (!isPlain(args.select)) return rows.length;
    return countFields(rows, args.select);
}

/** `aggregate` over readable rows. */
export function aggregateRows(view: View, model: ModelName, args: Plain): Plain {
    const rows = findRows(view, model, { where: args.where, orderBy: args.orderBy, skip: args.skip, take: args.take });
    return aggregates(rows, args);
}

/** `groupBy` over readable rows, groups in no particular order. */
export function groupRows(view: View, model: ModelName, args: Plain): Plain[] {
    const by = args.by as string[];
    const groups = new Map<string, Row[]>();
    for (const row of findRows(view, model, { where: args.where })) {
        const key = JSON.stringify(by.map((f) => row[f]));
        groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    return [...groups.values()]
        .filter((rows) => having(rows, args.having))
        .map((rows) => ({ ...Object.fromEntries(by.map((f) => [f, rows[0]![f]])), ...aggregates(rows, args) }));
}

function aggregates(rows: readonly Row[], args: Plain): Plain {
    const out: Plain = {};
    for (const aggregator of AGGREGATORS) {
        const spec = args[aggregator];
        if (spec === undefined) continue;
        if (aggregator === '_count') out._count = spec === true ? rows.length : countFields(rows, spec as Plain);
        else out[aggregator] = Object.fromEntries(Object.keys(spec as Plain).map((f) => [f, aggregate(aggregator, rows.map((r) => r[f]!))]));
    }
    return out;
}

function countFields(rows: readonly Row[], select: Plain): Plain {
    return Object.fromEntries(Object.keys(select).map((f) => [f, f === '_all' ? rows.length : rows.filter((r) => r[f] !== null).length]));
}

function aggregate(aggregator: Exclude<Aggregator, '_count'>, values: readonly ScalarValue[]): ScalarValue {
    const present = values.filter((v): v is number | string | boolean => v !== null);
    if (present.length === 0) return null;
    switch (aggregator) {
        case '_sum':
            return (present as number[]).reduce((a, b) => a + b, 0);
        case '_avg':
            return (present as number[]).reduce((a, b) => a + b, 0) / present.length;
        case '_min':
            return present.reduce((a, b) => (b < a ? b : a));
        case '_max':
            return present.reduce((a, b) => (b > a ? b : a));
    }
}

/** `having: { field: { _sum: { gt: 3 } } }`, `having: { field: value }` on a grouped field. */
function having(rows: readonly Row[], spec: unknown): boolean {
    if (!isPlain(spec)) return true;
    return Object.entries(spec).every(([field, condition]) => {
        if (!isPlain(condition)) return rows[0]![field] === condition;
        return Object.entries(condition).every(([aggregator, test]) => {
            const value = aggregator === '_count' ? rows.filter((r) => r[field] !== null).length : aggregate(aggregator as Exclude<Aggregator, '_count'>, rows.map((r) => r[field]!));
            return Object.entries(test as Plain).every(([op, operand]) => compare(value, op, operand as number));
        });
    });
}

function compare(value: ScalarValue, op: string, operand: number): boolean {
    if (value === null) return false;
    const v = value as number;
    if (op === 'gt') return v > operand;
    if (op === 'gte') return v >= operand;
    if (op === 'lt') return v < operand;
    if (op === 'lte') return v <= operand;
    if (op === 'equals') return v === operand;
    throw new Error(`unsupported having operator ${op}`);
}
