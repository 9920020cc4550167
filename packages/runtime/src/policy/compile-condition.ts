import type { BinaryOperator, Expression, FieldInfo, ModelMeta } from '@zenstackhq/sdk';
import { isPlainObject, type Plain } from '../delegate/rewrite/paths.js';
import { and, noRows, not, or, type Filter } from './filter.js';

/** What compiling a condition needs: the model, the user, and how to name fields for comparisons. */
export interface ConditionContext {
    readonly meta: ModelMeta;
    readonly model: string;
    /** the user `auth()` stands for; undefined when anonymous */
    readonly user: Plain | undefined;
    /** what `currentOperation()` returns */
    readonly operation: string;
    /** Prisma's reference to a column, for comparisons between two fields of a row */
    readonly fieldRef: (model: string, field: string) => unknown;
    /** the guard of another model for `check(relation, op)` */
    readonly guardOf: (model: string, operation: string) => Filter;
    /** in post-update rules: the row's values before the update (plain fields), `future()` the ones after */
    readonly before?: Plain;
    /** in post-update rules: conditions decided before the update (see `preUpdateTerms`) */
    readonly decided?: ReadonlyMap<Expression, boolean>;
    /**
     * post-update rules decided on the row before the update: the values the update's data gives
     * `future()` fields; the fields it leaves out keep their values (see `postUpdateGuardBefore`)
     */
    readonly futureValues?: Plain;
}

/** Thrown when post-update rules can't be decided on the row before the update; the caller checks the updated row instead. */
export class UndecidableBeforeUpdate extends Error {}

/** `auth().x` for an anonymous user: comparisons with it are false, as in ZenStack v2. */
const MISSING = Symbol('missing auth value');
/** `auth()` for an anonymous user: equal to `null`, and to no row. */
const ANONYMOUS = Symbol('anonymous');

type Operand =
    | { readonly kind: 'value'; readonly value: unknown }
    | { readonly kind: 'field'; readonly model: string; readonly path: readonly string[]; readonly field: FieldInfo }
    | { readonly kind: 'row'; readonly model: string; readonly path: readonly string[] }
    | { readonly kind: 'filter'; readonly filter: Filter };

/**
 * Turns a rule's condition into a Prisma filter for the current user: everything about `auth()`
 * is evaluated now (so rules about the user alone fold to `true`/`false`), fields of the row and
 * of its relations become `where` conditions, and collection predicates become `some`/`every`/`none`.
 */
export function compileCondition(expr: Expression, ctx: ConditionContext): Filter {
    return toFilter(operand(expr, ctx, ctx.model), ctx);
}

function toFilter(value: Operand, ctx: ConditionContext): Filter {
    switch (value.kind) {
        case 'filter':
            return value.filter;
        case 'value':
            return value.value === true;
        case 'field':
            return nest(ctx, value.model, value.path, { [value.field.name]: true });
        case 'row':
            throw new Error(`a model is not a condition`);
    }
}

function operand(expr: Expression, ctx: ConditionContext, model: string): Operand {
    const decided = ctx.decided?.get(expr);
    if (decided !== undefined) return { kind: 'value', value: decided };
    switch (expr.kind) {
        case 'literal':
            return { kind: 'value', value: expr.value };
        case 'null':
            return { kind: 'value', value: null };
        case 'enumValue':
            return { kind: 'value', value: expr.name };
        case 'array':
            return { kind: 'value', value: expr.items.map((i) => constant(operand(i, ctx, model))) };
        case 'this':
            return { kind: 'row', model, path: [] };
        case 'field':
            return fieldOperand(ctx, model, [], expr.name, ctx.before && model === ctx.model);
        case 'member':
            return member(expr, ctx, model);
        case 'call':
            return call(expr, ctx, model);
        case 'unary':
            return { kind: 'filter', filter: not(toFilter(operand(expr.operand, ctx, model), ctx)) };
        case 'binary':
            return { kind: 'filter', filter: binary(expr.operator, expr.left, expr.right, ctx, model) };
        case 'collection':
            return { kind: 'filter', filter: collection(expr, ctx, model) };
        case 'object':
        case 'param':
            throw new Error(`unsupported expression in an access rule: ${expr.kind}`);
    }
}

function fieldOperand(ctx: ConditionContext, model: string, path: readonly string[], name: string, usePreValue?: boolean): Operand {
    let owner = model;
    for (const step of path) owner = ctx.meta.models[owner]!.fields[step]!.type;
    const field = ctx.meta.models[owner]?.fields[name];
    if (!field) throw new Error(`unknown field ${owner}.${name} in an access rule`);
    if (usePreValue && path.length === 0 && field.kind !== 'object') return { kind: 'value', value: ctx.before![name] ?? null };
    return field.kind === 'object' && !field.isList ? { kind: 'row', model, path: [...path, name] } : { kind: 'field', model, path, field };
}

function member(expr: Extract<Expression, { kind: 'member' }>, ctx: ConditionContext, model: string): Operand {
    if (expr.operand.kind === 'call' && expr.operand.function === 'future') {
        if (ctx.futureValues && Object.hasOwn(ctx.futureValues, expr.member)) return { kind: 'value', value: ctx.futureValues[expr.member] };
        return fieldOperand(ctx, model, [], expr.member);
    }
    const base = operand(expr.operand, ctx, model);
    if (base.kind === 'value') {
        const object = base.value;
        if (object === MISSING || object === ANONYMOUS || object === null || object === undefined) return { kind: 'value', value: MISSING };
        const value = (object as Plain)[expr.member];
        return { kind: 'value', value: value === undefined ? MISSING : value };
    }
    if (base.kind === 'row') return fieldOperand(ctx, base.model, base.path, expr.member);
    throw new Error(`cannot access '${expr.member}' on this expression in an access rule`);
}

function call(expr: Extract<Expression, { kind: 'call' }>, ctx: ConditionContext, model: string): Operand {
    const args = expr.args;
    switch (expr.function) {
        case 'auth':
            return { kind: 'value', value: ctx.user ?? ANONYMOUS };
        case 'now':
            return { kind: 'value', value: new Date() };
        case 'currentModel':
            return { kind: 'value', value: model };
        case 'currentOperation':
            return { kind: 'value', value: ctx.operation };
        case 'future':
            return { kind: 'row', model, path: [] };
        case 'contains':
        case 'startsWith':
        case 'endsWith': {
            const target = operand(args[0]!, ctx, model);
            const search = constant(operand(args[1]!, ctx, model));
            const insensitive = args[2] ? constant(operand(args[2], ctx, model)) === true : false;
            if (target.kind === 'value') return { kind: 'value', value: stringTest(expr.function, target.value, search, insensitive) };
            if (target.kind !== 'field') throw new Error(`${expr.function}() takes a field`);
            return { kind: 'filter', filter: fieldFilter(ctx, target, { [expr.function]: search, ...(insensitive ? { mode: 'insensitive' } : {}) }) };
        }
        case 'has':
        case 'hasSome':
        case 'hasEvery':
        case 'isEmpty': {
            const target = operand(args[0]!, ctx, model);
            const search = expr.function === 'isEmpty' ? true : constant(operand(args[1]!, ctx, model));
            if (target.kind === 'value') return { kind: 'value', value: listTest(expr.function, target.value, search) };
            if (target.kind !== 'field') throw new Error(`${expr.function}() takes a list field`);
            return { kind: 'filter', filter: fieldFilter(ctx, target, { [expr.function]: search }) };
        }
        case 'check': {
            const target = operand(args[0]!, ctx, model);
            if (target.kind !== 'row' || target.path.length === 0) throw new Error('check() takes a to-one relation field');
            const related = relatedModel(ctx, target.model, target.path);
            const operation = args[1] ? String(constant(operand(args[1], ctx, model))) : ctx.operation;
            const guard = ctx.guardOf(related, operation);
            if (guard === false) return { kind: 'value', value: false };
            const inner = guard === true ? {} : guard;
            return { kind: 'filter', filter: nest(ctx, target.model, target.path.slice(0, -1), { [target.path[target.path.length - 1]!]: { is: inner } }) };
        }
        default:
            throw new Error(`the function ${expr.function}() cannot be used in an access rule`);
    }
}

function binary(operator: BinaryOperator, leftExpr: Expression, rightExpr: Expression, ctx: ConditionContext, model: string): Filter {
    if (operator === '&&') return and(toFilter(operand(leftExpr, ctx, model), ctx), toFilter(operand(rightExpr, ctx, model), ctx));
    if (operator === '||') return or(toFilter(operand(leftExpr, ctx, model), ctx), toFilter(operand(rightExpr, ctx, model), ctx));
    let left = operand(leftExpr, ctx, model);
    let right = operand(rightExpr, ctx, model);
    let op: BinaryOperator = operator;
    if (left.kind === 'value' && right.kind !== 'value') {
        [left, right] = [right, left];
        op = MIRRORED[op] ?? op;
    }
    if (left.kind === 'value' && right.kind === 'value') return compareValues(op, left.value, right.value);
    if (op === 'in') {
        if (left.kind === 'field' && right.kind === 'value') return right.value === MISSING ? false : fieldFilter(ctx, left, { in: right.value, ...(left.field.isOptional ? { not: null } : {}) });
        if (right.kind === 'field' && left.kind === 'value') return left.value === MISSING ? false : fieldFilter(ctx, right, { has: left.value });
        throw new Error('unsupported operands of `in` in an access rule');
    }
    if (left.kind === 'row' || right.kind === 'row') return compareRows(op, left, right, ctx);
    if (left.kind === 'field' && right.kind === 'value') {
        if (right.value === MISSING) return false;
        const condition = scalarCondition(op, right.value);
        if (!left.field.isOptional || right.value === null) return fieldFilter(ctx, left, condition);
        // a rule compares NULL as a value unequal to any other; SQL's comparison is unknown
        // instead, and stays unknown under a negation, denying what the rule allows
        return op === '!=' ? or(fieldFilter(ctx, left, { equals: null }), fieldFilter(ctx, left, condition)) : fieldFilter(ctx, left, { ...condition, not: null });
    }
    if (left.kind === 'field' && right.kind === 'field') {
        if (left.path.length > 0 || right.path.length > 0 || left.model !== right.model) {
            throw new Error('an access rule can compare two fields only of the same row');
        }
        // `future().x != x` with x untouched: equal values, NULL included (SQL's NULL = NULL is unknown)
        if (left.field.name === right.field.name) return op === '==' || op === '<=' || op === '>=';
        // the row's value before the update is a constant in a post-update rule: NULL compares as a value there, not in SQL
        if (ctx.futureValues && (left.field.isOptional || right.field.isOptional)) throw new UndecidableBeforeUpdate();
        return fieldFilter(ctx, left, scalarCondition(op, ctx.fieldRef(right.model, right.field.name)));
    }
    throw new Error(`unsupported comparison in an access rule`);
}

const MIRRORED: Partial<Record<BinaryOperator, BinaryOperator>> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

function scalarCondition(op: BinaryOperator, value: unknown): Plain {
    switch (op) {
        case '==':
            return { equals: value };
        case '!=':
            return { not: value };
        case '<':
            return { lt: value };
        case '<=':
            return { lte: value };
        case '>':
            return { gt: value };
        case '>=':
            return { gte: value };
        default:
            throw new Error(`unsupported operator ${op}`);
    }
}

/** `auth() == owner`, `this == auth()`, `owner == null`: rows compare by id. */
function compareRows(op: BinaryOperator, left: Operand, right: Operand, ctx: ConditionContext): Filter {
    if (op !== '==' && op !== '!=') throw new Error(`models can only be compared with == and !=`);
    const [row, other] = left.kind === 'row' ? [left, right] : [right, left];
    if (row.kind !== 'row') throw new Error('unreachable');
    let filter: Filter;
    if (other.kind === 'value' && (other.value === ANONYMOUS || other.value === MISSING)) {
        // an anonymous user is no row
        return op !== '==';
    } else if (other.kind === 'value' && other.value === null) {
        if (row.path.length === 0) return op !== '==';
        filter = nest(ctx, row.model, row.path.slice(0, -1), { [row.path[row.path.length - 1]!]: { is: null } });
    } else if (other.kind === 'value') {
        const target = row.path.length === 0 ? row.model : relatedModel(ctx, row.model, row.path);
        const ids = ctx.meta.models[target]!.idFields;
        const object = other.value as Plain;
        if (ids.some((id) => object[id] === undefined || object[id] === null)) return false;
        const idFilter = Object.fromEntries(ids.map((id) => [id, object[id]]));
        if (row.path.length === 0) filter = idFilter;
        else {
            const ownerPath = row.path.slice(0, -1);
            const relation = ctx.meta.models[relatedModel(ctx, row.model, ownerPath)]!.fields[row.path[row.path.length - 1]!]!;
            const keys = foreignKeysTo(ctx, relation, ids, object, op);
            filter = nest(ctx, row.model, ownerPath, keys ?? { [relation.name]: { is: idFilter } });
        }
    } else {
        throw new Error('an access rule can compare a relation only with auth(), this or null');
    }
    return op === '==' ? filter : not(filter);
}

/**
 * `owner == auth()` as the row's own foreign key (`ownerId = 1`) rather than a join to the
 * related table, when the relation's key references exactly the target's id. A NULL key must
 * compare false, not SQL's unknown, which a NOT around the rule (a deny, `isNot`, `every`)
 * would keep unknown: an optional key also says `IS NOT NULL`, and `!=` keeps the join.
 */
function foreignKeysTo(ctx: ConditionContext, relation: FieldInfo, ids: readonly string[], object: Plain, op: BinaryOperator): Plain | undefined {
    const { fields, references } = relation.relation ?? {};
    if (!fields?.length || !references || references.length !== ids.length || !ids.every((id) => references.includes(id))) return undefined;
    if (op === '!=' && relation.isOptional) return undefined;
    return Object.fromEntries(fields.map((fk, i) => [fk, relation.isOptional ? { equals: object[references[i]!], not: null } : object[references[i]!]]));
}

function collection(expr: Extract<Expression, { kind: 'collection' }>, ctx: ConditionContext, model: string): Filter {
    const target = collectionOperand(expr.collection, ctx, model);
    if (target.kind === 'value') {
        const items = Array.isArray(target.value) ? (target.value as Plain[]) : [];
        const results = items.map((item) => evaluateOnObject(expr.predicate, item, ctx));
        return expr.operator === '?' ? results.some(Boolean) : expr.operator === '!' ? results.every(Boolean) : !results.some(Boolean);
    }
    const related = target.field.type;
    const predicate = compileCondition(expr.predicate, { ...ctx, model: related, before: undefined, futureValues: undefined });
    const key = expr.operator === '?' ? 'some' : expr.operator === '!' ? 'every' : 'none';
    const inner = predicate === true ? {} : predicate === false ? noRows(ctx.meta.models[related]!.idFields[0]!) : predicate;
    return nest(ctx, target.model, target.path, { [target.field.name]: { [key]: inner } });
}

function collectionOperand(expr: Expression, ctx: ConditionContext, model: string): Extract<Operand, { kind: 'value' | 'field' }> {
    const value = operand(expr, ctx, model);
    if (value.kind === 'value') return value;
    if (value.kind === 'field' && value.field.kind === 'object' && value.field.isList) return value;
    throw new Error('a collection predicate needs a to-many relation');
}

/** A predicate over an object of `auth()` (e.g. `auth().roles?[name == 'admin']`), evaluated here. */
function evaluateOnObject(expr: Expression, object: Plain, ctx: ConditionContext): boolean {
    const resolve = (e: Expression): unknown => {
        switch (e.kind) {
            case 'field':
                return object[e.name] ?? null;
            case 'literal':
                return e.value;
            case 'null':
                return null;
            case 'enumValue':
                return e.name;
            case 'member': {
                const base = resolve(e.operand);
                return isPlainObject(base) ? (base[e.member] ?? null) : null;
            }
            case 'call':
                return e.function === 'auth' ? (ctx.user ?? null) : undefined;
            case 'binary':
                if (e.operator === '&&') return Boolean(resolve(e.left)) && Boolean(resolve(e.right));
                if (e.operator === '||') return Boolean(resolve(e.left)) || Boolean(resolve(e.right));
                return compareValues(e.operator, resolve(e.left), resolve(e.right));
            case 'unary':
                return !resolve(e.operand);
            default:
                throw new Error(`unsupported expression over auth() data: ${e.kind}`);
        }
    };
    return Boolean(resolve(expr));
}

function compareValues(op: BinaryOperator, a: unknown, b: unknown): boolean {
    if (a === MISSING || b === MISSING) return false;
    // `auth() == null` holds for an anonymous user
    if (a === ANONYMOUS) a = null;
    if (b === ANONYMOUS) b = null;
    const x = a instanceof Date ? a.getTime() : a;
    const y = b instanceof Date ? b.getTime() : b;
    switch (op) {
        case '==':
            return isPlainObject(x) && isPlainObject(y) ? JSON.stringify(x) === JSON.stringify(y) : x === y;
        case '!=':
            return x !== y;
        case '<':
            return (x as number) < (y as number);
        case '<=':
            return (x as number) <= (y as number);
        case '>':
            return (x as number) > (y as number);
        case '>=':
            return (x as number) >= (y as number);
        case 'in':
            return Array.isArray(y) && y.includes(x);
        default:
            return false;
    }
}

function stringTest(fn: string, value: unknown, search: unknown, insensitive: boolean): boolean {
    if (typeof value !== 'string' || typeof search !== 'string') return false;
    const [v, s] = insensitive ? [value.toLowerCase(), search.toLowerCase()] : [value, search];
    return fn === 'contains' ? v.includes(s) : fn === 'startsWith' ? v.startsWith(s) : v.endsWith(s);
}

function listTest(fn: string, value: unknown, search: unknown): boolean {
    const list = Array.isArray(value) ? value : [];
    const wanted = Array.isArray(search) ? search : [search];
    if (fn === 'isEmpty') return list.length === 0;
    if (fn === 'has') return list.includes(search);
    if (fn === 'hasSome') return wanted.some((w) => list.includes(w));
    return wanted.every((w) => list.includes(w));
}

function constant(value: Operand): unknown {
    if (value.kind !== 'value') throw new Error('expected a value that does not depend on the row');
    return value.value;
}

function fieldFilter(ctx: ConditionContext, target: Extract<Operand, { kind: 'field' }>, condition: Plain): Filter {
    return nest(ctx, target.model, target.path, { [target.field.name]: condition });
}

/** Nests a filter under a chain of to-one relations: `owner.org.name` → `{ owner: { is: { org: { is: ... } } } }`. */
function nest(_ctx: ConditionContext, _model: string, path: readonly string[], inner: Plain): Plain {
    return path.reduceRight<Plain>((acc, step) => ({ [step]: { is: acc } }), inner);
}

function relatedModel(ctx: ConditionContext, model: string, path: readonly string[]): string {
    let owner = model;
    for (const step of path) owner = ctx.meta.models[owner]!.fields[step]!.type;
    return owner;
}
