import { mergeResult, type DelegateCall } from '../delegate-call.js';
import { asArray, isPlainObject, type Plain } from '../rewrite/paths.js';
import { rewriteRead } from '../rewrite/selection.js';
import { scopedWhere } from '../rewrite/write-data.js';
import { groupInMemory } from './group-in-memory.js';

const AGGREGATORS = ['_count', '_sum', '_avg', '_min', '_max'];

/**
 * `groupBy` on a model in a hierarchy. When every field it names lives in one table, that
 * table groups (restricted to the model's rows); otherwise the rows are read and grouped here.
 */
export async function groupBy(call: DelegateCall): Promise<unknown> {
    const { h, model, args } = call;
    const fields = namedFields(args).filter((f) => h.field(model, f));
    const tables = new Set(fields.map((f) => h.readStorageOf(model, f)));
    if (tables.size <= 1) {
        const table = [...tables][0] ?? model;
        return call.run(table, 'groupBy', { ...args, where: scopedWhere(h, model, args.where as Plain | undefined, table) });
    }
    const select = Object.fromEntries(fields.map((f) => [f, true]));
    const { args: read, plan } = rewriteRead(h, model, { where: args.where, select }, false);
    const rows = mergeResult(h, plan, await call.run(model, 'findMany', read)) as Plain[];
    return groupInMemory(rows, args);
}

/** Every field `by`, the aggregators, `having` and `orderBy` mention. */
function namedFields(args: Plain): string[] {
    const names = new Set<string>(asArray(args.by as string | string[]));
    for (const aggregator of AGGREGATORS) {
        if (isPlainObject(args[aggregator])) for (const f of Object.keys(args[aggregator] as Plain)) if (f !== '_all') names.add(f);
    }
    const visitHaving = (having: unknown) => {
        if (!isPlainObject(having)) return;
        for (const [key, value] of Object.entries(having)) {
            if (key === 'AND' || key === 'OR' || key === 'NOT') asArray(value).forEach(visitHaving);
            else names.add(key);
        }
    };
    visitHaving(args.having);
    for (const item of asArray(args.orderBy as Plain | Plain[])) {
        for (const [key, value] of Object.entries(item ?? {})) {
            if (AGGREGATORS.includes(key) && isPlainObject(value)) Object.keys(value).forEach((f) => names.add(f));
            else names.add(key);
        }
    }
    return [...names];
}
