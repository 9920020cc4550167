import type { FieldInfo, ModelMeta } from '@zenstackhq/sdk';
import { isPlainObject, type Plain } from '../delegate/rewrite/paths.js';

/**
 * A field of `model`, or of one of the models below it in a polymorphic hierarchy: a base's
 * rows come back merged with their concrete model's fields.
 */
export function fieldInHierarchy(meta: ModelMeta, model: string, name: string): FieldInfo | undefined {
    const info = meta.models[model];
    if (!info) return undefined;
    const own = info.fields[name];
    if (own) return own;
    for (const sub of info.subModels ?? []) {
        const found = fieldInHierarchy(meta, sub, name);
        if (found) return found;
    }
    return undefined;
}

/** `model` and every model below it in its polymorphic hierarchy. */
export function withSubModels(meta: ModelMeta, model: string): string[] {
    return [model, ...(meta.models[model]?.subModels ?? []).flatMap((sub) => withSubModels(meta, sub))];
}

/**
 * The models whose reads can return a row for which `has` holds: the model itself, a model
 * below it, or one reachable through relations (include/select, the fluent API).
 */
export function modelsReaching(meta: ModelMeta, has: (model: string) => boolean): ReadonlySet<string> {
    const reaching = new Set(Object.keys(meta.models).filter((m) => withSubModels(meta, m).some(has)));
    for (let changed = true; changed; ) {
        changed = false;
        for (const model of Object.keys(meta.models)) {
            if (reaching.has(model)) continue;
            const related = withSubModels(meta, model).flatMap((m) => Object.values(meta.models[m]!.fields).filter((f) => f.kind === 'object'));
            if (related.some((f) => reaching.has(f.type))) {
                reaching.add(model);
                changed = true;
            }
        }
    }
    return reaching;
}

/**
 * Applies `fn` to each row of `model` in a query result and to the related rows nested in it
 * (innermost first). Returns a new result; rows `fn` returns unchanged are shared, not copied.
 */
export function mapResultRows(meta: ModelMeta, model: string, result: unknown, fn: (model: string, row: Plain) => Plain): unknown {
    if (Array.isArray(result)) {
        const mapped = result.map((item) => mapResultRows(meta, model, item, fn));
        return mapped.every((item, i) => item === result[i]) ? result : mapped;
    }
    if (!isPlainObject(result)) return result;
    let row = result;
    for (const [key, value] of Object.entries(result)) {
        const field = value == null ? undefined : fieldInHierarchy(meta, model, key);
        if (field?.kind !== 'object') continue;
        const mapped = mapResultRows(meta, field.type, value, fn);
        if (mapped !== value) row = { ...row, [key]: mapped };
    }
    return fn(model, row);
}
