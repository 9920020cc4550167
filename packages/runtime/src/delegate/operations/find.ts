import type { PrismaOperation } from '../../prisma/prisma-operations.js';
import { findIds, mergeResult, type DelegateCall } from '../delegate-call.js';
import { isPlainObject, type Plain } from '../rewrite/paths.js';
import { rewriteRead } from '../rewrite/selection.js';
import { isPhysicalUnique } from '../rewrite/unique-where.js';

type FindOperation = 'findUnique' | 'findUniqueOrThrow' | 'findFirst' | 'findFirstOrThrow' | 'findMany';

const AS_FIND_FIRST: Record<FindOperation, FindOperation> = {
    findUnique: 'findFirst',
    findUniqueOrThrow: 'findFirstOrThrow',
    findFirst: 'findFirst',
    findFirstOrThrow: 'findFirstOrThrow',
    findMany: 'findMany',
};

/**
 * Reads of a model in (or related to) a hierarchy: one physical query that joins each row's
 * base and sub model rows, merged back into logical rows. A unique filter or cursor on
 * inherited fields, and `distinct` on them, are emulated.
 */
export async function find(call: DelegateCall, operation: FindOperation): Promise<unknown> {
    const { h, model } = call;
    let args = call.args;
    let physicalOperation: PrismaOperation = operation;
    if ((operation === 'findUnique' || operation === 'findUniqueOrThrow') && isPlainObject(args.where) && !isPhysicalUnique(h, model, args.where)) {
        physicalOperation = AS_FIND_FIRST[operation];
    }
    if (isPlainObject(args.cursor) && !isPhysicalUnique(h, model, args.cursor)) {
        const ids = await findIds(call, model, args.cursor);
        if (!ids) return operation === 'findMany' ? [] : physicalOperation.endsWith('OrThrow') ? call.run(model, physicalOperation, { where: { OR: [] } }) : null;
        args = { ...args, cursor: ids };
    }
    const distinct = distinctFields(args.distinct);
    if (distinct && distinct.some((f) => h.field(model, f) && h.readStorageOf(model, f) !== model)) {
        return findDistinctInMemory(call, operation, args, distinct);
    }
    const { args: physical, plan } = rewriteRead(h, model, args);
    const result = await call.run(model, physicalOperation, physical);
    return mergeResult(h, plan, result);
}

function distinctFields(distinct: unknown): string[] | undefined {
    if (distinct === undefined) return undefined;
    return Array.isArray(distinct) ? (distinct as string[]) : [distinct as string];
}

/** `distinct` on inherited fields: read the ordered rows, keep the first of each, then page. */
async function findDistinctInMemory(call: DelegateCall, operation: FindOperation, args: Plain, distinct: string[]): Promise<unknown> {
    const { h, model } = call;
    const { skip, take, distinct: _distinct, ...rest } = args;
    const selected = isPlainObject(rest.select) ? (rest.select as Plain) : undefined;
    const missing = selected ? distinct.filter((f) => !selected[f]) : [];
    const query = selected ? { ...rest, select: { ...selected, ...Object.fromEntries(missing.map((f) => [f, true])) } } : rest;
    const { args: physical, plan } = rewriteRead(h, model, query);
    const rows = mergeResult(h, plan, await call.run(model, 'findMany', physical)) as Plain[];
    const seen = new Set<string>();
    let unique = rows.filter((row) => {
        const key = JSON.stringify(distinct.map((f) => row[f]));
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
    });
    const skipCount = typeof skip === 'number' ? skip : 0;
    if (typeof take === 'number' && take < 0) unique = unique.slice(Math.max(0, unique.length - skipCount + take), unique.length - skipCount);
    else unique = unique.slice(skipCount, typeof take === 'number' ? skipCount + take : undefined);
    const page = missing.length > 0 ? unique.map((row) => Object.fromEntries(Object.entries(row).filter(([k]) => !missing.includes(k)))) : unique;
    if (operation === 'findMany') return page;
    if (page.length > 0) return page[0];
    if (operation.endsWith('OrThrow')) return call.run(model, 'findFirstOrThrow', { where: { OR: [] } });
    return null;
}
