import type { DelegateHierarchy } from '../hierarchy.js';
import { isPlainObject, type Plain } from './paths.js';

/**
 * Rewrites `orderBy` for the logical `model` onto its own table: a field its base stores is
 * ordered through the to-one `delegate_aux_*` relation; relation orderings are rewritten for
 * the related model.
 * @example { viewCount: 'desc' } on Post → { delegate_aux_content: { viewCount: 'desc' } }
 */
export function rewriteOrderBy(h: DelegateHierarchy, model: string, orderBy: unknown): unknown {
    if (orderBy === undefined || !h.reachesPolymorphic(model)) return orderBy;
    if (Array.isArray(orderBy)) return orderBy.flatMap((item) => splitOrderBy(h, model, item));
    const split = splitOrderBy(h, model, orderBy);
    return split.length === 1 ? split[0] : split;
}

// one entry per key, because each may move to a different level and order matters
function splitOrderBy(h: DelegateHierarchy, model: string, item: unknown): unknown[] {
    if (!isPlainObject(item)) return [item];
    return Object.entries(item).map(([key, value]) => {
        const field = h.field(model, key);
        if (!field) return { [key]: value };
        let rewritten: unknown = value;
        if (field.kind === 'object' && !field.isList && isPlainObject(value)) {
            const nested = rewriteOrderBy(h, field.type, value);
            rewritten = Array.isArray(nested) ? Object.assign({}, ...nested) : nested;
        }
        return upChain(h, model, h.readStorageOf(model, key), { [key]: rewritten });
    });
}

function upChain(h: DelegateHierarchy, model: string, storage: string, inner: Plain): Plain {
    let result = inner;
    const chain: string[] = [];
    for (let current = model; current !== storage; current = h.baseOf(current)!) chain.push(h.auxToBase(current));
    for (const field of chain.reverse()) result = { [field]: result };
    return result;
}
