import { isDataModel, isTypeDef } from '../generated/ast.js';
import type { ExpressionType } from '../expression-typing.js';

const NUMERIC = new Set(['Int', 'BigInt', 'Float', 'Decimal']);

export function describeType(type: ExpressionType): string {
    const base = type.kind === 'builtin' ? type.name : type.decl.name;
    return type.array ? `${base}[]` : base;
}

/** Whether a value of type `actual` may stand where `expected` is required. */
export function isAssignable(actual: ExpressionType, expected: ExpressionType): boolean {
    if (isAny(actual) || isAny(expected)) return true;
    if (actual.kind === 'builtin' && actual.name === 'Null') return true;
    if (actual.array !== expected.array) {
        // an empty list literal fits any list
        return false;
    }
    if (actual.kind === 'builtin' && expected.kind === 'builtin') {
        if (actual.name === expected.name) return true;
        if (NUMERIC.has(actual.name) && NUMERIC.has(expected.name)) return actual.name === 'Int' || expected.name === 'Float' || expected.name === 'Decimal';
        if (expected.name === 'Json') return true;
        // Prisma reads exact numbers from strings: `@default("2.00")` on a Decimal
        if (actual.name === 'String' && (expected.name === 'Decimal' || expected.name === 'BigInt')) return true;
        return false;
    }
    if (actual.kind === 'decl' && expected.kind === 'decl') return actual.decl === expected.decl || isSubtype(actual, expected);
    // a typed JSON field accepts an object literal
    if (expected.kind === 'decl' && isTypeDef(expected.decl)) return actual.kind === 'builtin' && actual.name === 'Object';
    return false;
}

/** Whether two operands may be compared with `==`/`!=`. */
export function isComparable(a: ExpressionType, b: ExpressionType): boolean {
    if (isAny(a) || isAny(b)) return true;
    if (isNull(a) || isNull(b)) return true;
    if (a.kind === 'decl' && b.kind === 'decl') {
        // models compare by identity (`auth() == owner`), across a hierarchy too
        if (isDataModel(a.decl) || isDataModel(b.decl)) return true;
        return a.decl === b.decl;
    }
    return isAssignable(a, b) || isAssignable(b, a);
}

export function isNumericOrDate(type: ExpressionType): boolean {
    return isAny(type) || (type.kind === 'builtin' && !type.array && (NUMERIC.has(type.name) || type.name === 'DateTime'));
}

export function isBoolean(type: ExpressionType): boolean {
    return isAny(type) || (type.kind === 'builtin' && type.name === 'Boolean' && !type.array);
}

function isAny(type: ExpressionType): boolean {
    return type.kind === 'builtin' && type.name === 'Any';
}

function isNull(type: ExpressionType): boolean {
    return type.kind === 'builtin' && type.name === 'Null';
}

function isSubtype(actual: ExpressionType, expected: ExpressionType): boolean {
    if (actual.kind !== 'decl' || expected.kind !== 'decl') return false;
    const decl = actual.decl;
    if (!isDataModel(decl)) return false;
    return decl.superTypes.some((s) => s.ref === expected.decl);
}
