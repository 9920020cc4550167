import type { ModelMeta } from '@zenstackhq/sdk';
import { isPlainObject, type Plain } from '../delegate/rewrite/paths.js';
import { allowedRowKeys, rowKeyOf, type FindAllowed } from './allowed-rows.js';
import type { PolicyGuards } from './policy-guards.js';

/**
 * Reading a polymorphic base: each row is also an instance of a concrete model, whose own read
 * rules decide over the concrete fields merged into it. Rows the concrete model's rules deny
 * keep only the base's fields. One query per concrete model present whose rules depend on rows.
 */
export async function applySubModelReadRules(meta: ModelMeta, guards: PolicyGuards, model: string, result: unknown, findAllowed: FindAllowed): Promise<unknown> {
    const base = meta.models[model];
    if (!base?.discriminator) return result;
    const rows = (Array.isArray(result) ? result : [result]).filter(isPlainObject);
    const leafByValue = new Map<string, string>();
    const collect = (name: string) => {
        const subs = meta.models[name]?.subModels ?? [];
        if (subs.length === 0) leafByValue.set(meta.models[name]?.discriminatorValue ?? name, name);
        subs.forEach(collect);
    };
    collect(model);
    const ids = base.idFields;
    const key = rowKeyOf(meta, model);
    const denied = new Set<string>();
    const byLeaf = new Map<string, Plain[]>();
    for (const row of rows) {
        const leaf = leafByValue.get(String(row[base.discriminator]));
        if (leaf) byLeaf.set(leaf, [...(byLeaf.get(leaf) ?? []), row]);
    }
    for (const [leaf, leafRows] of byLeaf) {
        const guard = guards.guard(leaf, 'read');
        if (guard === true || leafRows.some((r) => ids.some((id) => r[id] === undefined))) continue;
        const allowed = await allowedRowKeys(meta, leaf, leafRows, guard, findAllowed);
        for (const row of leafRows) if (!allowed.has(key(row))) denied.add(key(row));
    }
    if (denied.size === 0) return result;
    const baseFields = new Set(Object.keys(base.fields));
    const strip = (row: unknown) =>
        isPlainObject(row) && denied.has(key(row)) ? Object.fromEntries(Object.entries(row).filter(([k]) => baseFields.has(k) || k === '_count')) : row;
    return Array.isArray(result) ? result.map(strip) : strip(result);
}
