import type { Expression, ModelMeta } from '@zenstackhq/sdk';
import { isPlainObject, type Plain } from '../delegate/rewrite/paths.js';

/**
 * Fills `@default(auth().x)` fields the data leaves out, from the current user, in a create's
 * data and its nested creates. Returns new data; the caller's is untouched. `parentLink` is the
 * relation a nested create's parent sets (its keys take no default).
 */
export function applyAuthDefaults(meta: ModelMeta, model: string, data: unknown, user: Plain | undefined, parentLink?: string): unknown {
    if (!isPlainObject(data)) return data;
    const info = meta.models[model];
    if (!info) return data;
    const result: Plain = { ...data };
    // data that writes a relation as such (Prisma's "checked" input) takes no foreign keys
    const checked = writesToOneRelation(info.fields, data);
    const parentKeys = (parentLink && info.fields[parentLink]?.relation?.fields) || [];
    for (const field of Object.values(info.fields)) {
        if (field.defaultValue && result[field.name] === undefined && !parentKeys.includes(field.name) && !relationSetFor(info.fields, field.name, result)) {
            const value = evaluate(field.defaultValue, user);
            const owner = checked ? relationOwning(info.fields, field.name) : undefined;
            if (value !== undefined && owner) result[owner.name] = { connect: connectBy(owner, field.name, value) };
            else if (value !== undefined) result[field.name] = value;
        }
        if (field.kind === 'object' && isPlainObject(result[field.name])) result[field.name] = nestedWithDefaults(meta, field, result[field.name] as Plain, user);
    }
    return result;
}

/**
 * Fills `@default(auth().x)` fields in the nested creates of an update's data; the updated row
 * itself keeps its values. Returns new data; the caller's is untouched.
 */
export function applyNestedAuthDefaults(meta: ModelMeta, model: string, data: unknown, user: Plain | undefined): unknown {
    if (!isPlainObject(data)) return data;
    const info = meta.models[model];
    if (!info) return data;
    const result: Plain = { ...data };
    for (const field of Object.values(info.fields)) {
        if (field.kind === 'object' && isPlainObject(result[field.name])) result[field.name] = nestedWithDefaults(meta, field, result[field.name] as Plain, user);
    }
    return result;
}

type Field = ModelMeta['models'][string]['fields'][string];

/** A relation's nested writes with defaults in what they create: create, createMany, connectOrCreate, upsert, and inside update. */
function nestedWithDefaults(meta: ModelMeta, field: Field, payload: Plain, user: Plain | undefined): Plain {
    const each = (value: unknown, fn: (item: Plain) => unknown) => (Array.isArray(value) ? value.map((v) => (isPlainObject(v) ? fn(v) : v)) : isPlainObject(value) ? fn(value) : value);
    const created = (data: unknown) => applyAuthDefaults(meta, field.type, data, user, field.relation?.opposite);
    const updated = (data: unknown) => applyNestedAuthDefaults(meta, field.type, data, user);
    const result: Plain = { ...payload };
    if (payload.create !== undefined) result.create = each(payload.create, created);
    if (isPlainObject(payload.createMany)) result.createMany = { ...payload.createMany, data: each(payload.createMany.data, created) };
    if (payload.connectOrCreate !== undefined) result.connectOrCreate = each(payload.connectOrCreate, (item) => ({ ...item, create: created(item.create) }));
    if (payload.upsert !== undefined) result.upsert = each(payload.upsert, (item) => ({ ...item, create: created(item.create), update: updated(item.update) }));
    if (payload.update !== undefined) {
        // to-many: `{ where, data }`; to-one: the data itself, or `{ where?, data }`
        const wrapped = (item: Plain) => field.isList || ('data' in item && isPlainObject(item.data) && !(meta.models[field.type]?.fields['data']));
        result.update = each(payload.update, (item) => (wrapped(item) ? { ...item, data: updated(item.data) } : updated(item)));
    }
    return result;
}

function writesToOneRelation(fields: ModelMeta['models'][string]['fields'], data: Plain): boolean {
    return Object.values(fields).some((f) => f.kind === 'object' && !f.isList && f.relation?.fields?.length && data[f.name] !== undefined);
}

/** The to-one relation `fk` is a foreign key of. */
function relationOwning(fields: ModelMeta['models'][string]['fields'], fk: string) {
    return Object.values(fields).find((f) => f.relation?.fields?.includes(fk));
}

/** `connect` by the field `fk` references. */
function connectBy(owner: Field, fk: string, value: unknown): Plain {
    return { [owner.relation!.references![owner.relation!.fields!.indexOf(fk)]!]: value };
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
