import type { ModelMeta } from '@zenstackhq/sdk';
import { isPlainObject, type Plain } from '../delegate/rewrite/paths.js';
import { and, or, type Filter } from './filter.js';
import type { PolicyGuards } from './policy-guards.js';
import { collect } from './to-one-checks.js';
import { allowedRowKeys, rowKeyOf, type FindAllowed } from './allowed-rows.js';

/** The update rules of the fields `data` writes, to add to the model's update rules. */
export function fieldUpdateGuard(meta: ModelMeta, guards: PolicyGuards, model: string, data: unknown): Filter {
    if (!isPlainObject(data)) return true;
    const fields = meta.models[model]?.fields ?? {};
    return and(...Object.keys(data).filter((f) => fields[f]).map((f) => guards.fieldGuard(model, f, 'update')));
}

/**
 * The rows an update may change: the model's update rules and the written fields' rules, or,
 * when every written field has an overriding `@allow('update', cond, true)`, those overrides.
 */
export function updateGuard(meta: ModelMeta, guards: PolicyGuards, model: string, data: unknown): Filter {
    const fieldRules = fieldUpdateGuard(meta, guards, model, data);
    const written = isPlainObject(data) ? Object.keys(data).filter((f) => meta.models[model]?.fields[f]) : [];
    const override = written.length > 0 ? and(...written.map((f) => guards.fieldOverrideGuard(model, f))) : false;
    return and(or(guards.guard(model, 'update'), override), fieldRules);
}

/**
 * Drops from each row the fields whose own read rules the row fails; a row readable only
 * through overriding field rules keeps just those fields. A rule that depends on the row costs
 * one query per field for all rows; one that depends only on the user costs none.
 */
export async function applyFieldReadRules(meta: ModelMeta, guards: PolicyGuards, model: string, result: unknown, findAllowed: FindAllowed): Promise<unknown> {
    const rows = (Array.isArray(result) ? result : [result]).filter(isPlainObject);
    const info = meta.models[model];
    const guarded = Object.keys(info?.policy?.fields ?? {}).filter((f) => rows.some((r) => f in r));
    const overrides = guards.readOverrideFields(model);
    if (rows.length === 0 || (guarded.length === 0 && overrides.length === 0)) return result;
    const ids = info!.idFields;
    const key = rowKeyOf(meta, model);
    if (rows.some((r) => ids.some((id) => r[id] === undefined))) throw new Error(`reading ${model} under its field access rules needs the id field(s) selected`);
    const allowedAmong = (candidates: readonly Plain[], guard: Filter) => allowedRowKeys(meta, model, candidates, guard, findAllowed);

    // rows that only an override let through: every field but the overriding ones they pass goes
    const readable = overrides.length === 0 ? new Set(rows.map(key)) : await allowedAmong(rows, guards.guard(model, 'read'));
    const partial = rows.filter((r) => !readable.has(key(r)));
    const kept = new Map<string, Set<string>>(partial.map((r) => [key(r), new Set<string>()]));
    for (const field of overrides) {
        for (const k of await allowedAmong(partial, guards.fieldOverrideGuard(model, field, 'read'))) kept.get(k)!.add(field);
    }

    const hidden = new Map<string, Set<string>>();
    const full = rows.filter((r) => readable.has(key(r)));
    for (const field of guarded) {
        const allowed = await allowedAmong(full, guards.fieldGuard(model, field, 'read'));
        for (const row of full) if (!allowed.has(key(row))) hidden.set(key(row), (hidden.get(key(row)) ?? new Set()).add(field));
    }
    if (hidden.size === 0 && kept.size === 0) return result;
    const strip = (row: unknown) => {
        if (!isPlainObject(row)) return row;
        const keep = kept.get(key(row));
        if (keep) return Object.fromEntries(Object.entries(row).filter(([k]) => keep.has(k)));
        const drop = hidden.get(key(row));
        return drop ? Object.fromEntries(Object.entries(row).filter(([k]) => !drop.has(k))) : row;
    };
    return Array.isArray(result) ? result.map(strip) : strip(result);
}

/** The relations a read selects, as paths from the top rows, with their models. */
export function selectedRelations(meta: ModelMeta, model: string, args: Plain, path: readonly string[] = []): { path: string[]; model: string }[] {
    const found: { path: string[]; model: string }[] = [];
    for (const key of ['select', 'include'] as const) {
        const entries = args[key];
        if (!isPlainObject(entries)) continue;
        for (const [field, value] of Object.entries(entries)) {
            const info = meta.models[model]?.fields[field];
            if (info?.kind !== 'object' || !value) continue;
            const nestedPath = [...path, field];
            found.push({ path: nestedPath, model: info.type });
            if (isPlainObject(value)) found.push(...selectedRelations(meta, info.type, value, nestedPath));
        }
    }
    return found;
}

/**
 * Field read rules for the related rows a read includes: each relation path is checked like the
 * top rows (one query per guarded field), and denied fields are removed from those rows.
 */
export async function applyNestedFieldReadRules(meta: ModelMeta, guards: PolicyGuards, model: string, args: Plain, result: unknown, findAllowed: FindAllowed): Promise<void> {
    for (const { path, model: related } of selectedRelations(meta, model, args)) {
        if (Object.keys(meta.models[related]?.policy?.fields ?? {}).length === 0) continue;
        const holders = collect(result, path.slice(0, -1));
        const field = path[path.length - 1]!;
        // all related rows at this path in one batch, so a guarded field costs one query
        const slots: { holder: Plain; index?: number }[] = [];
        const rows: Plain[] = [];
        for (const holder of holders) {
            const value = holder[field];
            if (Array.isArray(value)) value.forEach((row, index) => isPlainObject(row) && (slots.push({ holder, index }), rows.push(row)));
            else if (isPlainObject(value)) (slots.push({ holder }), rows.push(value));
        }
        if (rows.length === 0) continue;
        const checked = (await applyFieldReadRules(meta, guards, related, rows, findAllowed)) as Plain[];
        slots.forEach(({ holder, index }, i) => {
            if (index === undefined) holder[field] = checked[i];
            else (holder[field] as Plain[])[index] = checked[i]!;
        });
    }
}
