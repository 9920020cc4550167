import type { ModelMeta } from '@zenstackhq/sdk';
import { isPlainObject, type Plain } from '../delegate/rewrite/paths.js';
import { fieldInHierarchy } from '../model-meta/result-rows.js';
import { omittedFields } from './omitted-fields.js';

/**
 * Returns the args of a read (or of a write's returned row) with each level's `@omit` fields
 * in its `omit`, so they never leave the database unless the caller asks for them: a level
 * that `select`s is left as written, and the caller's own `omit` entries win
 * (`omit: { password: false }`). The caller's args are not touched.
 * @example withDefaultOmits(meta, 'User', { include: { posts: true } })
 *   → { include: { posts: { omit: { secret: true } } }, omit: { password: true } }
 */
export function withDefaultOmits(meta: ModelMeta, model: string, args: Plain | undefined): Plain | undefined {
    const source = args ?? {};
    if (isPlainObject(source.select)) return { ...source, select: withRelationOmits(meta, model, source.select) };
    const defaults = Object.fromEntries(omittedFields(meta, model).map((f) => [f, true]));
    const include = isPlainObject(source.include) ? withRelationOmits(meta, model, source.include) : source.include;
    const hasDefaults = Object.keys(defaults).length > 0;
    if (!hasDefaults && include === source.include) return args;
    return {
        ...source,
        ...(include !== undefined ? { include } : {}),
        ...(hasDefaults ? { omit: { ...defaults, ...(isPlainObject(source.omit) ? source.omit : {}) } } : {}),
    };
}

/** A `select` or `include` object with each relation's args given their model's omits. */
function withRelationOmits(meta: ModelMeta, model: string, selection: Plain): Plain {
    const result: Plain = {};
    for (const [key, value] of Object.entries(selection)) {
        const field = key === '_count' ? undefined : fieldInHierarchy(meta, model, key);
        if (field?.kind !== 'object' || (value !== true && !isPlainObject(value))) {
            result[key] = value;
            continue;
        }
        const nested = withDefaultOmits(meta, field.type, value === true ? undefined : value);
        result[key] = value === true && nested === undefined ? true : nested;
    }
    return result;
}
