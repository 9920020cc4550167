import type { ModelMeta } from '@zenstackhq/sdk';
import { isPlainObject, type Plain } from '../delegate/rewrite/paths.js';
import { allowedRowKeys, rowKeyOf, type FindAllowed } from './allowed-rows.js';
import type { ToOneCheck } from './read-guards.js';

/**
 * Sets optional to-one relations the user may not read to null: one query per relation path
 * asks which of the related rows the read rules allow, whatever the number of rows.
 */
export async function applyToOneChecks(meta: ModelMeta, result: unknown, checks: readonly ToOneCheck[], findAllowed: FindAllowed): Promise<unknown> {
    for (const check of checks) {
        const holders = collect(result, check.path.slice(0, -1));
        const field = check.path[check.path.length - 1]!;
        const related = holders.map((h) => h[field]).filter(isPlainObject);
        if (related.length === 0) continue;
        const ids = meta.models[check.model]!.idFields;
        const key = rowKeyOf(meta, check.model);
        if (related.some((row) => ids.some((id) => row[id] === undefined))) {
            throw new Error(`reading ${check.path.join('.')} under access rules needs its id field(s) selected`);
        }
        const allowed = await allowedRowKeys(meta, check.model, related, check.guard, findAllowed);
        for (const holder of holders) {
            const value = holder[field];
            if (!isPlainObject(value)) continue;
            if (!allowed.has(key(value))) holder[field] = null;
        }
    }
    return result;
}

/** The objects at `path` in a result tree (lists flattened). */
export function collect(value: unknown, path: readonly string[]): Plain[] {
    if (Array.isArray(value)) return value.flatMap((v) => collect(v, path));
    if (!isPlainObject(value)) return [];
    if (path.length === 0) return [value];
    return collect(value[path[0]!], path.slice(1));
}
