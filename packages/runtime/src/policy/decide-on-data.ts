import type { ModelMeta } from '@zenstackhq/sdk';
import { isPlainObject, type Plain } from '../delegate/rewrite/paths.js';
import type { Filter } from './filter.js';

/**
 * Decides a policy filter on a row's values in memory: the data of a create, or a row an update
 * returned. Undefined when it can't be sure (a relation, a value the database fills in, an
 * operator it doesn't know): the caller then asks the database. This saves the statement, and
 * often the transaction, that checking a written row costs.
 */
export function decideOnValues(meta: ModelMeta, model: string, filter: Filter, values: Plain): boolean | undefined {
    if (typeof filter === 'boolean') return filter;
    return decideWhere(meta, model, filter, values);
}

/** The values a create writes, by field: scalars as given, and keys of `connect`ed relations. */
export function createdValues(meta: ModelMeta, model: string, data: Plain): Plain {
    const values: Plain = { ...data };
    for (const [key, payload] of Object.entries(data)) {
        const relation = meta.models[model]?.fields[key]?.relation;
        if (!relation?.fields?.length || !isPlainObject(payload) || Object.keys(payload).length !== 1 || !isPlainObject(payload.connect)) continue;
        const where = payload.connect;
        if (!relation.references || Object.keys(where).length !== relation.references.length) continue;
        relation.fields.forEach((fk, i) => {
            const value = where[relation.references![i]!];
            if (isScalar(value)) values[fk] = value;
        });
    }
    return values;
}

function decideWhere(meta: ModelMeta, model: string, where: Plain, values: Plain): boolean | undefined {
    let result: boolean | undefined = true;
    for (const [key, condition] of Object.entries(where)) {
        let part: boolean | undefined;
        if (key === 'AND') part = all(asList(condition).map((w) => decideWhere(meta, model, w as Plain, values)));
        else if (key === 'OR') part = any(asList(condition).map((w) => decideWhere(meta, model, w as Plain, values)));
        else if (key === 'NOT') part = negate(all(asList(condition).map((w) => decideWhere(meta, model, w as Plain, values))));
        else part = decideField(meta, model, key, condition, values);
        result = all([result, part]);
        if (result === false) return false;
    }
    return result;
}

function decideField(meta: ModelMeta, model: string, field: string, condition: unknown, values: Plain): boolean | undefined {
    const info = meta.models[model]?.fields[field];
    if (!info || info.kind === 'object' || info.isList || info.kind === 'typeDef' || UNDECIDED_TYPES.includes(info.type)) return undefined;
    let value = values[field];
    if (value === undefined) {
        // left out of the data: null only when nothing else fills it in
        if (!info.isOptional || info.hasDefault || info.defaultValue || info.isUpdatedAt) return undefined;
        value = null;
    }
    if (!isScalar(value) || (info.type === 'DateTime' && value !== null && !(value instanceof Date))) return undefined;
    if (!isPlainObject(condition)) return isScalar(condition) ? compare('equals', value, condition) : undefined;
    let result: boolean | undefined = true;
    for (const [op, operand] of Object.entries(condition)) {
        result = all([result, compare(op, value, operand)]);
        if (result === false) return false;
    }
    return result;
}

// values whose comparisons the database may see differently (precision, JSON equality)
const UNDECIDED_TYPES = ['Json', 'Bytes', 'Decimal', 'BigInt', 'Unsupported'];

/**
 * One operator on a known value. A comparison with NULL other than `equals: null`/`not: null`
 * is SQL's "unknown", which two-valued logic can't follow through a NOT: left undecided.
 */
function compare(op: string, value: unknown, operand: unknown): boolean | undefined {
    if ((op === 'equals' || op === 'not') && operand === null) return op === 'equals' ? value === null : value !== null;
    if (value === null) return undefined;
    switch (op) {
        case 'equals':
            return isScalar(operand) ? equal(value, operand) : undefined;
        case 'not':
            if (isPlainObject(operand)) return negate(decideOperators(value, operand));
            return isScalar(operand) ? negate(equal(value, operand)) : undefined;
        case 'in':
        case 'notIn': {
            if (!Array.isArray(operand) || !operand.every((o) => isScalar(o) && o !== null)) return undefined;
            const found = any(operand.map((o) => equal(value, o)));
            return op === 'in' ? found : negate(found);
        }
        case 'lt':
        case 'lte':
        case 'gt':
        case 'gte': {
            if (operand === null || !isComparable(value) || !isComparable(operand) || typeof value !== typeof operand) return undefined;
            const [a, b] = [toNumber(value), toNumber(operand)];
            return op === 'lt' ? a < b : op === 'lte' ? a <= b : op === 'gt' ? a > b : a >= b;
        }
        default:
            return undefined;
    }
}

function decideOperators(value: unknown, operators: Plain): boolean | undefined {
    return all(Object.entries(operators).map(([op, operand]) => compare(op, value, operand)));
}

type Scalar = string | number | boolean | null | Date;

/** A value a filter compares as is: what a create's data or an update's constant sets. */
export function isScalar(value: unknown): value is Scalar {
    return value === null || ['string', 'number', 'boolean'].includes(typeof value) || value instanceof Date;
}

function isComparable(value: unknown): value is number | Date {
    return typeof value === 'number' || value instanceof Date;
}

function toNumber(value: number | Date): number {
    return value instanceof Date ? value.getTime() : value;
}

function equal(a: unknown, b: unknown): boolean | undefined {
    if (a === null || b === null) return undefined;
    if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : undefined;
    return a === b;
}

function asList(value: unknown): unknown[] {
    return Array.isArray(value) ? value : [value];
}

function all(parts: readonly (boolean | undefined)[]): boolean | undefined {
    if (parts.includes(false)) return false;
    return parts.includes(undefined) ? undefined : true;
}

function any(parts: readonly (boolean | undefined)[]): boolean | undefined {
    if (parts.includes(true)) return true;
    return parts.includes(undefined) ? undefined : false;
}

function negate(part: boolean | undefined): boolean | undefined {
    return part === undefined ? undefined : !part;
}
