import { findIds, idSelect, idsFilter, type DelegateCall } from '../delegate-call.js';
import { isPlainObject, type Plain } from '../rewrite/paths.js';
import { rewriteOrderBy } from '../rewrite/order-by.js';
import { isPhysicalUnique } from '../rewrite/unique-where.js';
import { rewriteWhere } from '../rewrite/where.js';
import { scopedWhere } from '../rewrite/write-data.js';
import { rewriteRead } from '../rewrite/selection.js';
import { mergeResult } from '../delegate-call.js';

const AGGREGATORS = ['_count', '_sum', '_avg', '_min', '_max'] as const;
const PAGING = ['cursor', 'skip', 'take'] as const;

/**
 * `count` and `aggregate` over fields that may live in different tables: each table is asked
 * about its own fields, for the same rows, and the answers are combined. With paging, the
 * page's ids are found first so that every table sees exactly those rows.
 */
export async function aggregate(call: DelegateCall): Promise<unknown> {
    return aggregateByTable(call, call.args);
}

export async function count(call: DelegateCall): Promise<unknown> {
    const { select, ...rest } = call.args;
    if (!isPlainObject(select)) {
        const result = (await aggregateByTable(call, { ...rest, _count: { _all: true } })) as { _count: Plain };
        return result._count._all;
    }
    const result = (await aggregateByTable(call, { ...rest, _count: select })) as Plain;
    return result._count;
}

async function aggregateByTable(call: DelegateCall, args: Plain): Promise<unknown> {
    const { h, model } = call;
    const byTable = new Map<string, Plain>();
    const at = (table: string) => byTable.get(table) ?? byTable.set(table, {}).get(table)!;
    // a row count (`_count: true`, `_count._all`) is the same in every table of the hierarchy
    const rowCounts: [string, unknown][] = [];
    for (const aggregator of AGGREGATORS) {
        const spec = args[aggregator];
        if (spec === undefined || spec === false) continue;
        if (!isPlainObject(spec)) {
            if (aggregator === '_count') rowCounts.push(['', spec]);
            else at(model)[aggregator] = spec;
            continue;
        }
        for (const [field, enabled] of Object.entries(spec)) {
            if (aggregator === '_count' && field === '_all') {
                rowCounts.push([field, enabled]);
                continue;
            }
            const table = h.field(model, field) ? h.readStorageOf(model, field) : model;
            const current = (at(table)[aggregator] as Plain | undefined) ?? {};
            at(table)[aggregator] = { ...current, [field]: enabled };
        }
    }
    // so they go to a table asked anyway, or the one the filter reads: no extra query, no join
    const countTable = byTable.size === 1 ? [...byTable.keys()][0]! : byTable.size === 0 ? (singleTableOf(call, args.where) ?? model) : model;
    for (const [field, enabled] of rowCounts) {
        const target = at(countTable);
        target._count = field === '' ? enabled : { ...(target._count as Plain | undefined), [field]: enabled };
    }
    // in the caller's order, which Prisma's result follows
    const order = Object.keys(args);
    for (const [table, aggregators] of byTable) byTable.set(table, Object.fromEntries(Object.entries(aggregators).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))));
    if (byTable.size === 0) at(model);

    const paged = PAGING.some((k) => args[k] !== undefined);
    if (byTable.size === 1 && byTable.has(model)) {
        // one table: a single physical query does it, once its cursor names own columns
        let cursor = args.cursor;
        let where = rewriteWhere(h, model, args.where);
        if (isPlainObject(cursor) && !isPhysicalUnique(h, model, cursor)) {
            cursor = (await findIds(call, model, cursor)) ?? undefined;
            // a cursor that matches no row: nothing to aggregate, as with Prisma
            if (!cursor) where = { OR: [] };
        }
        const physical: Plain = { ...pick(args, ['skip', 'take']), ...byTable.get(model), where, orderBy: rewriteOrderBy(h, model, args.orderBy), ...(cursor ? { cursor } : {}) };
        return call.run(model, 'aggregate', stripUndefined(physical));
    }

    let filter = args.where as Plain | undefined;
    if (paged) {
        const { args: read, plan } = rewriteRead(h, model, { ...pick(args, ['where', 'orderBy', 'cursor', 'skip', 'take']), select: idSelect(h, model) }, false);
        const rows = mergeResult(h, plan, await call.run(model, 'findMany', read)) as Plain[];
        filter = idsFilter(h, model, rows);
    }
    const results = await Promise.all(
        [...byTable].map(([table, aggregators]) => call.run(table, 'aggregate', { ...aggregators, where: scopedWhere(h, model, filter, table) })),
    );
    const combined: Plain = {};
    for (const result of results as Plain[]) {
        for (const [key, value] of Object.entries(result)) combined[key] = isPlainObject(value) ? { ...(combined[key] as Plain | undefined), ...value } : value;
    }
    return combined;
}

/** The one table every field a filter names lives in, if there is one. */
function singleTableOf(call: DelegateCall, where: unknown): string | undefined {
    const tables = new Set<string>();
    const visit = (w: unknown): void => {
        if (Array.isArray(w)) return w.forEach(visit);
        if (!isPlainObject(w)) return;
        for (const [key, value] of Object.entries(w)) {
            if (key === 'AND' || key === 'OR' || key === 'NOT') visit(value);
            else tables.add(call.h.field(call.model, key) ? call.h.readStorageOf(call.model, key) : call.model);
        }
    };
    visit(where);
    return tables.size === 1 ? [...tables][0] : undefined;
}

function pick(source: Plain, keys: readonly string[]): Plain {
    return Object.fromEntries(keys.filter((k) => source[k] !== undefined).map((k) => [k, source[k]]));
}

function stripUndefined(source: Plain): Plain {
    return Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined));
}
