import type { ModelMeta } from '@zenstackhq/sdk';
import type { Plain } from '../delegate/rewrite/paths.js';
import { andWhere, type Filter } from './filter.js';

/** Reads rows of `model` below the rules (the checks after a read ask with their own filter). */
export type FindAllowed = (model: string, where: Plain, select: Plain) => Promise<Plain[]>;

/** A row's identity by its id fields, for matching rows of one result with rows of another. */
export function rowKeyOf(meta: ModelMeta, model: string): (row: Plain) => string {
    const ids = meta.models[model]!.idFields;
    return (row) => JSON.stringify(ids.map((id) => row[id]));
}

/**
 * The keys (see `rowKeyOf`) of those `rows` that match `guard`: one query by id for all rows,
 * none when the guard is constant.
 */
export async function allowedRowKeys(meta: ModelMeta, model: string, rows: readonly Plain[], guard: Filter, findAllowed: FindAllowed): Promise<Set<string>> {
    const key = rowKeyOf(meta, model);
    if (guard === true) return new Set(rows.map(key));
    if (guard === false || rows.length === 0) return new Set();
    const ids = meta.models[model]!.idFields;
    const byId = ids.length === 1 ? { [ids[0]!]: { in: rows.map((r) => r[ids[0]!]) } } : { OR: rows.map((r) => Object.fromEntries(ids.map((id) => [id, r[id]]))) };
    const found = await findAllowed(model, andWhere(byId, guard, ids[0]!)!, Object.fromEntries(ids.map((id) => [id, true])));
    return new Set(found.map(key));
}
