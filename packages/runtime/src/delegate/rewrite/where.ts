import type { DelegateHierarchy } from '../hierarchy.js';
import { isPlainObject, mergeCondition, wrapFilter, type Plain } from './paths.js';

const LOGICAL = new Set(['AND', 'OR', 'NOT']);
const RELATION_LIST_FILTERS = new Set(['some', 'every', 'none']);
const RELATION_ONE_FILTERS = new Set(['is', 'isNot']);

/**
 * Rewrites a `where` written against the logical `model` into one Prisma accepts on `table`
 * (the model's own table, or one of its bases'): each condition moves to the table that
 * stores its field, through the `delegate_aux_*` relations; relation filters are rewritten
 * for the related model. Returns a new object; the input is not touched.
 */
export function rewriteWhere(h: DelegateHierarchy, model: string, where: unknown, table: string = model): Plain | undefined {
    if (!isPlainObject(where)) return where as undefined;
    if (!h.reachesPolymorphic(model)) return where;
    const out: Plain = {};
    const elsewhere = new Map<string, Plain>();
    const place = (storage: string, key: string, value: unknown) => {
        if (storage === table) mergeCondition(out, key, value);
        else {
            const group = elsewhere.get(storage) ?? {};
            mergeCondition(group, key, value);
            elsewhere.set(storage, group);
        }
    };

    for (const [key, value] of Object.entries(where)) {
        if (value === undefined) continue;
        if (LOGICAL.has(key)) {
            const rewritten = Array.isArray(value) ? value.map((w) => rewriteWhere(h, model, w, table)) : rewriteWhere(h, model, value, table);
            mergeCondition(out, key, rewritten);
            continue;
        }
        const field = h.field(model, key);
        if (!field) {
            const unique = h.model(model).uniqueConstraints[key];
            if (unique && isPlainObject(value) && unique.fields.length > 1) {
                // a compound unique key spreads into its fields, which may live in different tables
                for (const f of unique.fields) place(h.readStorageOf(model, f), f, value[f]);
            } else {
                mergeCondition(out, key, value);
            }
            continue;
        }
        const condition = field.kind === 'object' ? rewriteRelationFilter(h, field.type, field.isList, value) : value;
        place(h.readStorageOf(model, key), key, condition);
    }
    for (const [storage, group] of elsewhere) {
        for (const [key, value] of Object.entries(wrapFilter(h, table, storage, group))) mergeCondition(out, key, value);
    }
    return out;
}

/** `{ some: w }`, `{ is: w }`, `null` or a bare `w`, rewritten for the related model. */
export function rewriteRelationFilter(h: DelegateHierarchy, target: string, isList: boolean, value: unknown): unknown {
    if (!isPlainObject(value) || !h.reachesPolymorphic(target)) return value;
    const operators = isList ? RELATION_LIST_FILTERS : RELATION_ONE_FILTERS;
    const keys = Object.keys(value);
    if (keys.length > 0 && keys.every((k) => operators.has(k))) {
        return Object.fromEntries(keys.map((k) => [k, value[k] === null ? null : rewriteWhere(h, target, value[k])]));
    }
    return rewriteWhere(h, target, value);
}

/** Restricts a base table's rows to those of `model` (and its sub models), by discriminator. */
export function discriminatorFilter(h: DelegateHierarchy, model: string, table: string): Plain {
    if (model === table) return {};
    const discriminator = h.model(table).discriminator!;
    return { [discriminator]: { in: h.discriminatorValues(model) } };
}
