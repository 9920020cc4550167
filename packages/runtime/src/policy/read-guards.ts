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
    /** id fields added to the relation's `select` for the check, removed after it */
    readonly addedIds: readonly string[];
}

export interface GuardedRead {
    readonly args: Plain;
    readonly toOneChecks: readonly ToOneCheck[];
}

/**
 * Adds the read rules to a read's arguments: the top `where`, every included or selected
 * to-many relation (`where`), relation counts, and relation filters in `where`. A required
 * to-one relation the user can't read filters out its parent; an optional one comes back
 * null, which needs a check after the read (`toOneChecks`).
 */
export function guardRead(meta: ModelMeta, guards: PolicyGuards, model: string, args: Plain | undefined, unique = false): GuardedRead {
    const source = args ?? {};
    const checks: ToOneCheck[] = [];
    const { selection, requiredToOne } = guardSelection(meta, guards, model, source, [], checks);
    const where = guardWhere(meta, guards, model, source.where);
    const filter = and(guards.guard(model, 'read'), ...requiredToOne);
    const id = idOf(meta, model);
    const guardedWhere = unique ? { ...(where ?? {}), ...(filter === true ? {} : { AND: [...asList((where ?? {}).AND), toWhere(filter, id)] }) } : andWhere(where, filter, id);
    return { args: { ...source, ...selection, ...(guardedWhere ? { where: guardedWhere } : {}) }, toOneChecks: checks };
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
            const nestedArgs = value === true ? {} : (value as Plain);
            const nested = guardSelection(meta, guards, target, nestedArgs, [...path, field], checks);
            const targetGuard = and(guards.guard(target, 'read'), ...nested.requiredToOne);
            const nestedWhere = guardWhere(meta, guards, target, nestedArgs.where);
            if (info.isList) {
                guarded[field] = { ...nestedArgs, ...nested.selection, ...withWhere(andWhere(nestedWhere, targetGuard, idOf(meta, target))) };
            } else {
                let relationArgs: unknown = Object.keys(nested.selection).length > 0 || nestedWhere ? { ...nestedArgs, ...nested.selection } : value;
                guarded[field] = relationArgs;
                if (targetGuard === true) continue;
                if (!info.isOptional) {
                    requiredToOne.push({ [field]: { is: toWhere(targetGuard, idOf(meta, target)) } });
                    continue;
                }
                // the check after the read finds related rows by id
                const select = isPlainObject(relationArgs) && isPlainObject(relationArgs.select) ? relationArgs.select : undefined;
                const addedIds = select ? meta.models[target]!.idFields.filter((id) => !select[id]) : [];
                if (addedIds.length > 0) {
                    relationArgs = { ...(relationArgs as Plain), select: { ...select, ...Object.fromEntries(addedIds.map((id) => [id, true])) } };
                    guarded[field] = relationArgs;
                }
                checks.push({ path: [...path, field], model: target, guard: targetGuard, addedIds });
            }
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
