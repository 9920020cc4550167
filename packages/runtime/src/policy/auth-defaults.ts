import type { Expression, ModelMeta } from '@zenstackhq/sdk';
import { isPlainObject, type Plain } from '../delegate/rewrite/paths.js';

/**
 * Fills `@default(auth().x)` fields the data leaves out, from the current user, in a create's
 * data and its nested creates. Returns new data; the caller's is untouched.
 */
export function applyAuthDefaults(meta: ModelMeta, model: string, data: unknown, user: Plain | undefined): unknown {
    if (!isPlainObject(data)) return data;
    const info = meta.models[model];
    if (!info) return data;
    const result: Plain = { ...data };
    for (const field of Object.values(info.fields)) {
        if (field.defaultValue && result[field.name] === undefined && !relationSetFor(info.fields, field.name, result)) {
            const value = evaluate(field.defaultValue, user);
            if (value !== undefined) result[field.name] = value;
        }
        if (field.kind === 'object' && isPlainObject(result[field.name])) {
            const nested = { ...(result[field.name] as Plain) };
            if (nested.create !== undefined) {
                nested.create = Array.isArray(nested.create)
                    ? nested.create.map((d) => applyAuthDefaults(meta, field.type, d, user))
                    : applyAuthDefaults(meta, field.type, nested.create, user);
            }
            result[field.name] = nested;
        }
    }
    return result;
}

/** Whether the data sets the relation that `fk` is a foreign key of (then the key comes from it). */
function relationSetFor(fields: ModelMeta['models'][string]['fields'], fk: string, data: Plain): boolean {
    return Object.values(fields).some((f) => f.relation?.fields?.includes(fk) && data[f.name] !== undefined);
}

function evaluate(expr: Expression, user: Plain | undefined): unknown {
    if (expr.kind === 'call' && expr.function === 'auth') return user;
    if (expr.kind === 'member') {
        const base = evaluate(expr.operand, user);
        return isPlainObject(base) ? base[expr.member] : undefined;
    }
    return undefined;
}
