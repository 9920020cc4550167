import { PolymorphicWriteError } from '../delegate-errors.js';
import type { DelegateHierarchy } from '../hierarchy.js';
import { asArray, isPlainObject, type Plain } from './paths.js';
import { toPhysicalUnique, uniqueByFields } from './unique-where.js';
import { discriminatorFilter, rewriteWhere } from './where.js';
import type { WriteContext } from './write-context.js';

type Mode = 'create' | 'update';

/**
 * The data of a `create` of the logical `model` as Prisma takes it on the model's table: the
 * fields a base stores go into a nested create of the base row (whose discriminators are set),
 * and nested writes to other models are rewritten likewise. Throws for a base model, a
 * discriminator or a `delegate_aux_*` field.
 */
export async function rewriteCreateData(ctx: WriteContext, model: string, data: unknown): Promise<Plain> {
    const { h } = ctx;
    if (!isPlainObject(data) || !h.reachesPolymorphic(model)) return data as Plain;
    if (h.isBase(model)) {
        throw new PolymorphicWriteError(
            'CREATE_BASE_MODEL',
            model,
            `${model} is a polymorphic base and cannot be created directly: create one of its concrete models (${h.leaves(model).join(', ')})`,
        );
    }
    const levels = await splitLevels(ctx, model, data, 'create', undefined);
    const value = h.model(model).discriminatorValue ?? model;
    for (const base of h.ancestors(model)) levels.get(base)![h.model(base).discriminator!] = value;
    return linkLevels(ctx, model, levels, 'create');
}

/**
 * The data of an update of rows of the logical `model` (identified by `rowFilter`, a logical
 * filter, so that nested writes Prisma cannot nest can be run separately): inherited fields
 * go into a nested update of the base row, and every `@updatedAt` of the hierarchy is bumped.
 */
export async function rewriteUpdateData(ctx: WriteContext, model: string, data: unknown, rowFilter: Plain | undefined): Promise<Plain> {
    const { h } = ctx;
    if (!isPlainObject(data) || !h.reachesPolymorphic(model)) return data as Plain;
    const levels = await splitLevels(ctx, model, data, 'update', rowFilter);
    if (h.isPolymorphic(model)) bumpUpdatedAt(ctx, model, levels);
    return linkLevels(ctx, model, levels, 'update');
}

/** Splits update data of a polymorphic model by the table that stores each field (for updateMany). */
export async function splitUpdateData(ctx: WriteContext, model: string, data: Plain): Promise<Map<string, Plain>> {
    const levels = await splitLevels(ctx, model, data, 'update', undefined);
    bumpUpdatedAt(ctx, model, levels);
    return new Map([...levels].filter(([, levelData]) => Object.keys(levelData).length > 0));
}

async function splitLevels(ctx: WriteContext, model: string, data: Plain, mode: Mode, rowFilter: Plain | undefined): Promise<Map<string, Plain>> {
    const { h } = ctx;
    const chain = [model, ...h.ancestors(model)];
    const levels = new Map<string, Plain>(chain.map((m) => [m, {}]));
    const discriminators = h.discriminators(model);
    for (const [key, value] of Object.entries(data)) {
        if (value === undefined) continue;
        if (h.isAuxField(key)) throw new PolymorphicWriteError('AUX_FIELD_NOT_WRITABLE', model, `${model}.${key} is internal to ZenStack's polymorphic storage and cannot be written`);
        if (discriminators.includes(key)) {
            throw new PolymorphicWriteError('DISCRIMINATOR_NOT_WRITABLE', model, `${model}.${key} is a discriminator: ZenStack sets it from the concrete model and it cannot be written`);
        }
        const field = h.field(model, key);
        const storage = field ? h.storageOf(model, key) : model;
        levels.get(storage)![key] =
            field?.kind === 'object' ? await rewriteRelationWrite(ctx, model, key, field.type, field.isList, value, mode, rowFilter) : value;
    }
    return levels;
}

/** Nests each base's data under its sub model's `delegate_aux_*` relation, top base innermost. */
function linkLevels(ctx: WriteContext, model: string, levels: Map<string, Plain>, mode: Mode): Plain {
    const chain = [model, ...ctx.h.ancestors(model)];
    let nested: Plain | undefined;
    for (const level of chain.reverse()) {
        let levelData = levels.get(level)!;
        if (nested !== undefined && (mode === 'create' || Object.keys(nested).length > 0)) {
            // a data object with a relation write must name its own foreign keys as relations too
            levelData = foreignKeysToRelations(ctx.h, level, levelData, mode);
            levelData = { ...levelData, [ctx.h.auxToBase(level)]: { [mode]: nested } };
        }
        nested = levelData;
    }
    return nested!;
}

function bumpUpdatedAt(ctx: WriteContext, model: string, levels: Map<string, Plain>): void {
    if (![...levels.values()].some((d) => Object.keys(d).length > 0)) return;
    for (const [level, levelData] of levels) {
        for (const field of Object.values(ctx.h.model(level).fields)) {
            if (field.isUpdatedAt && ctx.h.storageOf(model, field.name) === level && !(field.name in levelData)) levelData[field.name] = ctx.now;
        }
    }
}

function foreignKeysToRelations(h: DelegateHierarchy, model: string, data: Plain, mode: Mode): Plain {
    const result: Plain = { ...data };
    for (const field of Object.values(h.model(model).fields)) {
        const fks = field.relation?.fields;
        const references = field.relation?.references;
        if (!fks || !references || fks.length === 0 || !fks.every((fk) => fk in data) || field.name in data) continue;
        const values = fks.map((fk) => data[fk]);
        for (const fk of fks) delete result[fk];
        if (values.some((v) => v === null)) {
            if (mode === 'update') result[field.name] = { disconnect: true };
        } else {
            result[field.name] = { connect: uniqueByFields(h, field.type, references, values) };
        }
    }
    return result;
}

/**
 * Rewrites a nested relation write (`{ create, connect, update, ... }`) for the related model.
 * Nested `updateMany`/`deleteMany` of a polymorphic model become side writes, because Prisma
 * takes only the related table's own columns there.
 */
async function rewriteRelationWrite(
    ctx: WriteContext,
    parent: string,
    field: string,
    target: string,
    isList: boolean,
    value: unknown,
    mode: Mode,
    parentFilter: Plain | undefined,
): Promise<unknown> {
    const { h } = ctx;
    if (!isPlainObject(value) || !h.reachesPolymorphic(target)) return value;
    const polymorphic = h.isPolymorphic(target);
    const childFilter = backLinkFilter(h, parent, field, target, parentFilter);
    const out: Plain = {};
    const append = (key: string, items: unknown[]) => {
        out[key] = [...asArray(out[key]), ...items];
    };

    for (const [op, payload] of Object.entries(value)) {
        if (payload === undefined) continue;
        switch (op) {
            case 'create':
                if (Array.isArray(payload)) append('create', await Promise.all(payload.map((d) => rewriteCreateData(ctx, target, d))));
                else if (Array.isArray(out.create)) append('create', [await rewriteCreateData(ctx, target, payload)]);
                else out.create = await rewriteCreateData(ctx, target, payload);
                break;
            case 'createMany': {
                const items = asArray((payload as Plain).data);
                // Prisma's nested createMany cannot create base rows: create them one by one
                if (polymorphic) append('create', await Promise.all(items.map((d) => rewriteCreateData(ctx, target, d))));
                else out.createMany = payload;
                break;
            }
            case 'connect':
                out.connect = await mapItems(payload, (w) => requireUnique(ctx, target, w));
                break;
            case 'set':
            case 'disconnect':
                out[op] = typeof payload === 'boolean' ? payload : await mapItems(payload, (w) => requireUnique(ctx, target, w));
                break;
            case 'connectOrCreate':
                for (const item of asArray<Plain>(payload as Plain)) {
                    const where = await toPhysicalUnique(ctx, target, item.where);
                    if (where === null) append('create', [await rewriteCreateData(ctx, target, item.create)]);
                    else append('connectOrCreate', [{ where, create: await rewriteCreateData(ctx, target, item.create) }]);
                }
                if (!isList && Array.isArray(out.connectOrCreate)) out.connectOrCreate = out.connectOrCreate[0];
                if (!isList && Array.isArray(out.create)) out.create = out.create[0];
                break;
            case 'update':
                out.update = await mapItems(payload, async (item) => {
                    if (isList || (isPlainObject(item) && 'data' in item && ('where' in item || Object.keys(item).length === 1))) {
                        const where = isList ? await requireUnique(ctx, target, item.where) : item.where;
                        const rowFilter = combine(childFilter, item.where as Plain | undefined);
                        return { ...(where ? { where } : {}), data: await rewriteUpdateData(ctx, target, item.data, rowFilter) };
                    }
                    return rewriteUpdateData(ctx, target, item, childFilter);
                });
                break;
            case 'upsert':
                out.upsert = await mapItems(payload, async (item: Plain) => ({
                    ...(item.where ? { where: isList ? await requireUnique(ctx, target, item.where) : item.where } : {}),
                    create: await rewriteCreateData(ctx, target, item.create),
                    update: await rewriteUpdateData(ctx, target, item.update, combine(childFilter, item.where as Plain | undefined)),
                }));
                break;
            case 'updateMany':
                if (!polymorphic) out.updateMany = payload;
                else for (const item of asArray<Plain>(payload as Plain)) await addUpdateManySideWrites(ctx, target, combine(childFilter, item.where as Plain), item.data as Plain);
                break;
            case 'deleteMany':
                if (!polymorphic) out.deleteMany = payload;
                else for (const item of asArray(payload as Plain | boolean)) addDeleteManySideWrite(ctx, target, combine(childFilter, isPlainObject(item) ? item : undefined));
                break;
            case 'delete':
                // Prisma deletes the sub model's row only; the orphaned base rows are removed after
                if (polymorphic) ctx.needsOrphanCleanup = true;
                out.delete = typeof payload === 'boolean' ? payload : await mapItems(payload, (w) => requireUnique(ctx, target, w));
                break;
            default:
                out[op] = payload;
        }
    }
    return out;
}

/** updateMany of a polymorphic model: one updateMany per table that has data to change. */
export async function addUpdateManySideWrites(ctx: WriteContext, model: string, filter: Plain | undefined, data: Plain): Promise<void> {
    ctx.sideWrites.push({ kind: 'updateMany', model, filter, levels: await splitUpdateData(ctx, model, data) });
}

/** deleteMany of a polymorphic model: delete the top base rows; the rest cascades. */
export function addDeleteManySideWrite(ctx: WriteContext, model: string, filter: Plain | undefined): void {
    ctx.sideWrites.push({ kind: 'deleteMany', model, filter });
}

/** A filter on `table` for the rows of `model` that `filter` (logical) selects. */
export function scopedWhere(h: DelegateHierarchy, model: string, filter: Plain | undefined, table: string): Plain {
    const parts = [rewriteWhere(h, model, filter ?? {}, table) ?? {}, discriminatorFilter(h, model, table)].filter((p) => Object.keys(p).length > 0);
    return parts.length === 1 ? parts[0]! : { AND: parts };
}

function backLinkFilter(h: DelegateHierarchy, parent: string, field: string, target: string, parentFilter: Plain | undefined): Plain | undefined {
    if (!parentFilter) return undefined;
    const opposite = h.field(parent, field)?.relation?.opposite;
    if (!opposite) return undefined;
    return { [opposite]: h.field(target, opposite)?.isList ? { some: parentFilter } : { is: parentFilter } };
}

function combine(a: Plain | undefined, b: Plain | undefined): Plain | undefined {
    if (!a) return b;
    if (!b || Object.keys(b).length === 0) return a;
    return { AND: [a, b] };
}

async function requireUnique(ctx: WriteContext, model: string, where: unknown): Promise<Plain> {
    const unique = await toPhysicalUnique(ctx, model, where);
    // nothing matches: keep a filter that matches nothing so Prisma reports it as it would
    return unique ?? (where as Plain);
}

async function mapItems<T>(payload: unknown, fn: (item: Plain) => Promise<T>): Promise<T | T[]> {
    return Array.isArray(payload) ? Promise.all(payload.map((p) => fn(p as Plain))) : fn(payload as Plain);
}
