import { isPlainObject, type Plain } from '../delegate/rewrite/paths.js';
import type { Filter } from './filter.js';

type Truth = boolean | 'unknown';

/**
 * `db.post.check({ operation, where })`: whether the operation can be allowed for the current
 * user on some row with the given field values, decided without a query. The rules' filter is
 * evaluated with `where`'s equalities as known values; a condition on anything else might hold,
 * so only a rule that cannot hold under those values answers false.
 */
export function canBeAllowed(guard: Filter, where: Plain | undefined): boolean {
    return evaluate(guard, knownValues(where)) !== false;
}

function knownValues(where: Plain | undefined): Map<string, unknown> {
    const known = new Map<string, unknown>();
    for (const [key, value] of Object.entries(where ?? {})) {
        if (value === null || ['string', 'number', 'boolean'].includes(typeof value) || value instanceof Date) known.set(key, value);
        else if (isPlainObject(value) && 'equals' in value) known.set(key, value.equals);
    }
    return known;
}

function evaluate(filter: Filter, known: Map<string, unknown>): Truth {
    if (typeof filter === 'boolean') return filter;
    const parts: Truth[] = Object.entries(filter).map(([key, value]) => {
        if (key === 'AND') return all((Array.isArray(value) ? value : [value]).map((f) => evaluate(f as Plain, known)));
        if (key === 'OR') return any((value as Plain[]).map((f) => evaluate(f, known)));
        if (key === 'NOT') return negate(all((Array.isArray(value) ? value : [value]).map((f) => evaluate(f as Plain, known))));
        if (!known.has(key)) return 'unknown';
        return matches(known.get(key), value);
    });
    return all(parts);
}

function matches(actual: unknown, condition: unknown): Truth {
    if (!isPlainObject(condition)) return same(actual, condition);
    const results: Truth[] = Object.entries(condition).map(([op, operand]) => {
        switch (op) {
            case 'equals':
                return same(actual, operand);
            case 'not':
                return isPlainObject(operand) ? negate(matches(actual, operand)) : !same(actual, operand);
            case 'in':
                return Array.isArray(operand) && operand.some((o) => same(actual, o));
            case 'notIn':
                return Array.isArray(operand) && !operand.some((o) => same(actual, o));
            case 'lt':
                return (actual as number) < (operand as number);
            case 'lte':
                return (actual as number) <= (operand as number);
            case 'gt':
                return (actual as number) > (operand as number);
            case 'gte':
                return (actual as number) >= (operand as number);
            default:
                return 'unknown';
        }
    });
    return all(results);
}

function same(a: unknown, b: unknown): boolean {
    return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
}

function all(values: Truth[]): Truth {
    if (values.includes(false)) return false;
    return values.includes('unknown') ? 'unknown' : true;
}

function any(values: Truth[]): Truth {
    if (values.includes(true)) return true;
    return values.includes('unknown') ? 'unknown' : false;
}

function negate(value: Truth): Truth {
    return value === 'unknown' ? 'unknown' : !value;
}
