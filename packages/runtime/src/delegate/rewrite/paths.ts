import type { DelegateHierarchy } from '../hierarchy.js';

export type Plain = Record<string, unknown>;

export function isPlainObject(value: unknown): value is Plain {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date) && Object.getPrototypeOf(value) === Object.prototype;
}

/** The models from `from` up to `to` (exclusive of `from`), or undefined if `to` is not above. */
function upPath(h: DelegateHierarchy, from: string, to: string): string[] | undefined {
    const ancestors = h.ancestors(from);
    const index = ancestors.indexOf(to);
    return index < 0 ? undefined : ancestors.slice(0, index + 1);
}

/**
 * Nests a filter written for table `to` so that it applies from table `from`, following the
 * `delegate_aux_*` relations up (to a base) or down (to a sub model).
 * @example wrapFilter(h, 'Post', 'Content', { published: true }) → { delegate_aux_content: { is: { published: true } } }
 */
export function wrapFilter(h: DelegateHierarchy, from: string, to: string, inner: Plain): Plain {
    if (from === to) return inner;
    const up = upPath(h, from, to);
    if (up) {
        let current = from;
        const steps = up.map((next) => {
            const field = h.auxToBase(current);
            current = next;
            return field;
        });
        return steps.reduceRight<Plain>((acc, field) => ({ [field]: { is: acc } }), inner);
    }
    const down = upPath(h, to, from);
    if (down) {
        // walking down from `from` to `to`: the sub models in order, each reached by its aux field
        const chain = [to, ...down.slice(0, -1)].reverse();
        return chain.reduceRight<Plain>((acc, sub) => ({ [h.auxToSub(sub)]: { is: acc } }), inner);
    }
    throw new Error(`${to} is not in the same hierarchy as ${from}`);
}

/** Adds `value` under `key`, combining with what is there already by `AND`. */
export function mergeCondition(target: Plain, key: string, value: unknown): void {
    if (!(key in target)) target[key] = value;
    else target.AND = [...asArray(target.AND), { [key]: value }];
}

export function asArray<T>(value: T | readonly T[] | undefined): T[] {
    if (value === undefined) return [];
    return Array.isArray(value) ? [...(value as T[])] : [value as T];
}
