import type { ModelMeta } from '@zenstackhq/sdk';
import { isPlainObject, type Plain } from '../delegate/rewrite/paths.js';
import { and, andWhere, not, or, toWhere, type Filter } from './filter.js';
import type { PolicyGuards } from './policy-guards.js';

/** An optional to-one relation in a result whose related rows are checked after the read. */
export interface ToOneCheck {
    /** relation fields from the top row down to the relation */
    readonly path: readonly string[];
    readonly model: string;
    readonly guard: Filter;
}

/** Id fields a read adds to a `select` for the checks after it; removed from the result last. */
export interface AddedIds {
    /** relation fields from the top row down to the rows that got them */
    readonly path: readonly string[];
    readonly fields: readonly string[];
}

export interface GuardedRead {
    readonly args: Plain;
    readonly toOneChecks: readonly ToOneCheck[];
    readonly addedIds: readonly AddedIds[];
}

/**
 * Adds the read rules to a read's arguments: the top `where`, every included or selected
 * to-many relation (`where`), relation counts, and relation filters in `where`. A required
 * to-one relation the user can't read filters out its parent; an optional one comes back
 * null, which needs a check after the read (`toOneChecks`). Rows readable only through a
 * field's overriding read rule are part of the result, and lose their other fields after it.
 */
export function guardRead(meta: ModelMeta, guards: PolicyGuards, model: string, args: Plain | undefined, unique = false): GuardedRead {
    const checks: ToOneCheck[] = [];
    const addedIds: AddedIds[] = [];
    const source = withCheckIds(meta, guards, model, args ?? {}, [], false, addedIds);
    const { selection, requiredToOne } = guardSelection(meta, guards, model, source, [], checks, addedIds);
    const where = guardWhere(meta, guards, model, source.where);
    const filter = and(guards.rowReadGuard(model), ...requiredToOne);
    const id = idOf(meta, model);
    const guardedWhere = unique ? { ...(where ?? {}), ...(filter === true ? {} : { AND: [...asList((where ?? {}).AND), toWhere(filter, id)] }) } : andWhere(where, filter, id);
    return { args: { ...source, ...selection, ...(guardedWhere ? { where: guardedWhere } : {}) }, toOneChecks: checks, addedIds };
}

/**
 * A `select` gets the model's id fields when a check after the read needs to find its rows:
 * field rules, overriding read rules, a polymorphic base's concrete rules, a to-one check.
 */
function withCheckIds(meta: ModelMeta, guards: PolicyGuards, model: string, args: Plain, path: readonly string[], toOneCheck: boolean, added: AddedIds[]): Plain {
    const select = args.select;
    const info = meta.models[model];
    if (!isPlainObject(select) || !info) return args;
    const needsIds = toOneCheck || Object.keys(info.policy?.fields ?? {}).length > 0 || (path.length === 0 && !!info.discriminator) || guards.readOverrideFields(model).length > 0;
    const missing = needsIds ? info.idFields.filter((id) => !select[id]) : [];
    if (missing.length === 0) return args;
    added.push({ path, fields: missing });
    return { ...args, select: { ...select, ...Object.fromEntries(missing.map((id) => [id, true])) } };
}

/** Removes the id fields `guardRead` added to selects, once every check is done. */
export function removeAddedIds(result: unknown, added: readonly AddedIds[], collect: (value: unknown, path: readonly string[]) => Plain[]): unknown {
    for (const { path, fields } of added) {
        for (const row of collect(result, path)) for (const field of fields) delete row[field];
    }
    return result;
}

export function idOf(meta: ModelMeta, model: string): string {
    return meta.models[model]!.idFields[0]!;
}

function asList(value: unknown): unknown[] {
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function guardSelection(
    meta: ModelMeta,
    guards: PolicyGuards,
    model: string,
    source: Plain,
    path: readonly string[],
    checks: ToOneCheck[],
    addedIds: AddedIds[],
): { selection: Plain; requiredToOne: Filter[] } {
    const selection: Plain = {};
    const requiredToOne: Filter[] = [];
    for (const key of ['select', 'include'] as const) {
        const entries = source[key];
        if (!isPlainObject(entries)) continue;
        const guarded: Plain = {};
        for (const [field, value] of Object.entries(entries)) {
            if (field === '_count') {
                guarded._count = guardCount(meta, guards, model, value);
                continue;
            }
            const info = meta.models[model]?.fields[field];
            if (!info || info.kind !== 'object' || value === false || value === undefined) {
                guarded[field] = value;
                continue;
            }
            const target = info.type;
            const nestedPath = [...path, field];
            const targetRows = guards.rowReadGuard(target);
            const checkToOne = !info.isList && info.isOptional && targetRows !== true;
            const original = value === true ? {} : (value as Plain);
            const nestedArgs = withCheckIds(meta, guards, target, original, nestedPath, checkToOne, addedIds);
            const nested = guardSelection(meta, guards, target, nestedArgs, nestedPath, checks, addedIds);
            const targetGuard = and(targetRows, ...nested.requiredToOne);
            const nestedWhere = guardWhere(meta, guards, target, nestedArgs.where);
            if (info.isList) {
                guarded[field] = { ...nestedArgs, ...nested.selection, ...withWhere(andWhere(nestedWhere, targetGuard, idOf(meta, target))) };
                continue;
            }
            const changed = nestedArgs !== original || Object.keys(nested.selection).length > 0 || nestedWhere;
            guarded[field] = changed ? { ...nestedArgs, ...nested.selection } : value;
            if (targetGuard === true) continue;
            if (!info.isOptional) requiredToOne.push({ [field]: { is: toWhere(targetGuard, idOf(meta, target)) } });
            // the check after the read finds related rows by id
            else checks.push({ path: nestedPath, model: target, guard: targetGuard });
        }
        selection[key] = guarded;
    }
    return { selection, requiredToOne };
}

function withWhere(where: Plain | undefined): Plain {
    return where ? { where } : {};
}

function guardCount(meta: ModelMeta, guards: PolicyGuards, model: string, value: unknown): unknown {
    const relations = Object.values(meta.models[model]?.fields ?? {}).filter((f) => f.kind === 'object' && f.isList);
    const requested: Plain = value === true ? Object.fromEntries(relations.map((r) => [r.name, true])) : isPlainObject(value) && isPlainObject(value.select) ? value.select : {};
    const select: Plain = {};
    for (const [relation, spec] of Object.entries(requested)) {
        const target = meta.models[model]?.fields[relation]?.type;
        if (!target || spec === false) continue;
        const where = guardWhere(meta, guards, target, isPlainObject(spec) ? spec.where : undefined);
        select[relation] = { where: andWhere(where, guards.guard(target, 'read'), idOf(meta, target)) ?? {} };
    }
    return { select };
}

/** Relation filters in a `where` only see related rows the user may read. */
export function guardWhere(meta: ModelMeta, guards: PolicyGuards, model: string, where: unknown): Plain | undefined {
    if (!isPlainObject(where)) return where as Plain | undefined;
    const out: Plain = {};
    for (const [key, value] of Object.entries(where)) {
        if (key === 'AND' || key === 'OR' || key === 'NOT') {
            out[key] = Array.isArray(value) ? value.map((w) => guardWhere(meta, guards, model, w)) : guardWhere(meta, guards, model, value);
            continue;
        }
        const info = meta.models[model]?.fields[key];
        if (!info || info.kind !== 'object' || !isPlainObject(value)) {
            out[key] = value;
            continue;
        }
        const guard = guards.guard(info.type, 'read');
        const id = idOf(meta, info.type);
        const inner = (w: unknown) => guardWhere(meta, guards, info.type, w) ?? {};
        const keys = Object.keys(value);
        const operators = info.isList ? ['some', 'every', 'none'] : ['is', 'isNot'];
        if (keys.length > 0 && keys.every((k) => operators.includes(k))) {
            const rewritten: Plain = {};
            for (const op of keys) {
                const v = value[op];
                if (v === null) rewritten[op] = null;
                else if (op === 'every') rewritten[op] = toWhere(or(not(guard), nonEmpty(inner(v))), id);
                else rewritten[op] = andWhere(inner(v), guard, id) ?? {};
            }
            out[key] = rewritten;
        } else {
            out[key] = { is: andWhere(inner(value), guard, id) ?? {} };
        }
    }
    return out;
}

/** An empty `where` as the filter "always": Prisma drops `{}` from an `OR` instead of matching every row. */
function nonEmpty(where: Plain): Filter {
    return Object.keys(where).length === 0 ? true : where;
}
