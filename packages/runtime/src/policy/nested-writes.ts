import type { FieldInfo, ModelMeta, PolicyOperation } from '@zenstackhq/sdk';
import { isPlainObject, type Plain } from '../delegate/rewrite/paths.js';
import { idSelect, idWhere, type PolicyCall } from './policy-call.js';
import type { PolicyGuards } from './policy-guards.js';
import { createRow, deleteRow, updateRow } from './row-writes.js';
import { hasPostUpdateRules } from './post-update.js';

const NEEDS: Record<string, PolicyOperation> = {
    create: 'create',
    createMany: 'create',
    connectOrCreate: 'create',
    connect: 'update',
    disconnect: 'update',
    set: 'update',
    update: 'update',
    updateMany: 'update',
    upsert: 'update',
    delete: 'delete',
    deleteMany: 'delete',
};

/** Nested writes whose target rules are not unconditionally true, as "Model.operation" strings. */
export function uncheckedNestedWrites(meta: ModelMeta, guards: PolicyGuards, model: string, data: unknown): string[] {
    if (!isPlainObject(data)) return [];
    const problems: string[] = [];
    for (const [key, payload] of Object.entries(data)) {
        const field = meta.models[model]?.fields[key];
        if (field?.kind !== 'object' || !isPlainObject(payload)) continue;
        for (const [op, value] of Object.entries(payload)) {
            const needed = NEEDS[op];
            if (!needed || value === undefined) continue;
            if (guards.guard(field.type, needed) !== true || (needed === 'update' && hasPostUpdateRules(meta, field.type))) problems.push(`${field.type}.${op}`);
            if (op === 'upsert' && guards.guard(field.type, 'create') !== true) problems.push(`${field.type}.${op}`);
            for (const item of Array.isArray(value) ? value : [value]) {
                if (!isPlainObject(item)) continue;
                const nested = op === 'create' ? item : (item.data ?? item.create ?? (op === 'update' && !('where' in item) ? item : undefined));
                problems.push(...uncheckedNestedWrites(meta, guards, field.type, nested));
                if (op === 'upsert') problems.push(...uncheckedNestedWrites(meta, guards, field.type, item.update));
            }
        }
    }
    return [...new Set(problems)];
}


/** A nested write on the rows that point to the written row, run after it. */
export interface ChildWrite {
    readonly field: FieldInfo;
    readonly payload: Plain;
    /** for a to-one relation whose key is on the written row: the related row before the write */
    readonly related?: Plain | null;
}

/**
 * Splits a write's data: what stays in the main write (scalars, and nested writes Prisma can run
 * because their rules are unconditional), and the nested writes to run on their own with their
 * rules. Related rows the main row points to are created first (their id is then connected).
 */
export async function splitNestedWrites(
    tx: PolicyCall,
    model: string,
    data: Plain,
    mode: 'create' | 'update',
    where?: Plain,
): Promise<{ own: Plain; children: ChildWrite[] }> {
    const own: Plain = {};
    const children: ChildWrite[] = [];
    for (const [key, payload] of Object.entries(data)) {
        const field = tx.meta.models[model]?.fields[key];
        if (field?.kind !== 'object' || !isPlainObject(payload) || uncheckedNestedWrites(tx.meta, tx.guards, model, { [key]: payload }).length === 0) {
            own[key] = payload;
            continue;
        }
        if (!field.relation?.fields?.length) {
            children.push({ field, payload });
            continue;
        }
        // the key is on this row: related rows it points to are written first
        const ownPart: Plain = {};
        const later: Plain = {};
        for (const [op, value] of Object.entries(payload)) {
            if (op === 'create') ownPart.connect = idWhere(tx.meta, field.type, await createRow(tx, field.type, value as Plain));
            else if (op === 'connectOrCreate') {
                const item = value as Plain;
                const existing = await tx.run(field.type, 'findUnique', { where: item.where, select: idSelect(tx.meta, field.type) });
                ownPart.connect = existing ? item.where : idWhere(tx.meta, field.type, await createRow(tx, field.type, item.create as Plain));
            } else if (op === 'connect' || op === 'disconnect') ownPart[op] = value;
            else later[op] = value;
        }
        if (Object.keys(ownPart).length > 0) own[key] = ownPart;
        if (Object.keys(later).length > 0) {
            const current = mode === 'update' && where ? ((await tx.run(model, 'findUnique', { where, select: { [key]: { select: idSelect(tx.meta, field.type) } } })) as Plain | null) : null;
            children.push({ field, payload: later, related: (current?.[key] as Plain | null | undefined) ?? null });
        }
    }
    return { own, children };
}

/** Runs the nested writes set apart by `splitNestedWrites`, each as its own checked operation. */
export async function runChildWrites(tx: PolicyCall, model: string, row: Plain, children: readonly ChildWrite[]): Promise<void> {
    for (const child of children) {
        if (child.field.relation?.fields?.length) await runOwnedRelationWrites(tx, model, row, child);
        else await runBackLinkedWrites(tx, model, row, child);
    }
}

/** Writes to the related row of a to-one relation whose key is on the written row. */
async function runOwnedRelationWrites(tx: PolicyCall, model: string, row: Plain, child: ChildWrite): Promise<void> {
    const target = child.field.type;
    const related = child.related ? idWhere(tx.meta, target, child.related) : undefined;
    for (const [op, value] of Object.entries(child.payload)) {
        if (op === 'update') {
            if (!related) throw tx.reject(`no related ${target} to update`);
            const item = value as Plain;
            await updateRow(tx, target, related, (isPlainObject(item.data) && Object.keys(item).every((k) => k === 'data' || k === 'where') ? item.data : item) as Plain);
        } else if (op === 'delete') {
            if (related) await deleteRow(tx, target, related);
        } else if (op === 'upsert') {
            const item = value as Plain;
            if (related) await updateRow(tx, target, related, item.update as Plain);
            else {
                const created = await createRow(tx, target, item.create as Plain);
                await tx.run(model, 'update', { where: idWhere(tx.meta, model, row), data: { [child.field.name]: { connect: idWhere(tx.meta, target, created) } }, select: idSelect(tx.meta, model) });
            }
        } else {
            throw tx.reject(`nested '${op}' of ${target} is not supported under conditional access rules`);
        }
    }
}

/** Writes to rows that point back to the written row (to-many, or to-one with the key on their side). */
async function runBackLinkedWrites(tx: PolicyCall, model: string, row: Plain, child: ChildWrite): Promise<void> {
    const target = child.field.type;
    const opposite = child.field.relation?.opposite;
    if (!opposite) throw tx.reject(`nested writes to ${target} need the opposite relation field`);
    const manyToMany = tx.meta.models[target]!.fields[opposite]!.isList;
    const parent = idWhere(tx.meta, model, row);
    const link: Plain = { [opposite]: { connect: manyToMany ? [parent] : parent } };
    // data with foreign keys (Prisma's "unchecked" input) takes the parent's key, not the relation
    const created = (item: Plain): Plain => ({ ...item, ...(!manyToMany && writesForeignKeys(tx.meta, target, item) ? keyLink(tx.meta, target, opposite, row) ?? link : link) });
    // by foreign key where there is one: a relation filter would see only a parent the user may read
    const belongs: Plain = (!manyToMany && keyLink(tx.meta, target, opposite, row)) || { [opposite]: manyToMany ? { some: parent } : { is: parent } };
    const items = (value: unknown): Plain[] => (Array.isArray(value) ? value : [value]) as Plain[];
    const within = (where: Plain | undefined): Plain => ({ ...(where ?? {}), AND: [...(where?.AND === undefined ? [] : Array.isArray(where.AND) ? where.AND : [where.AND]), belongs] });
    const linkedRow = async () => (await tx.run(target, 'findFirst', { where: belongs, select: idSelect(tx.meta, target) })) as Plain | null;

    for (const [op, value] of Object.entries(child.payload)) {
        switch (op) {
            case 'create':
                for (const item of items(value)) await createRow(tx, target, created(item));
                break;
            case 'createMany':
                for (const item of items((value as Plain).data)) await createRow(tx, target, created(item));
                break;
            case 'connect':
                for (const where of items(value)) await updateRow(tx, target, where, link);
                break;
            case 'connectOrCreate':
                for (const item of items(value)) {
                    const existing = await tx.run(target, 'findUnique', { where: item.where, select: idSelect(tx.meta, target) });
                    if (existing) await updateRow(tx, target, item.where as Plain, link);
                    else await createRow(tx, target, created(item.create as Plain));
                }
                break;
            case 'disconnect':
                for (const where of value === true ? [await linkedRow()].filter((r): r is Plain => r !== null) : items(value)) {
                    await updateRow(tx, target, within(where), { [opposite]: { disconnect: manyToMany ? parent : true } });
                }
                break;
            case 'set': {
                // the linked rows are unlinked, then the given ones linked: both are updates of theirs
                const linked = (await tx.run(target, 'findMany', { where: belongs, select: idSelect(tx.meta, target) })) as Plain[];
                const unlink = { [opposite]: { disconnect: manyToMany ? parent : true } };
                for (const row of linked) await updateRow(tx, target, idWhere(tx.meta, target, row), unlink);
                for (const where of items(value)) await updateRow(tx, target, where, link);
                break;
            }
            case 'update':
                for (const item of items(value)) {
                    if (child.field.isList) await updateRow(tx, target, within(item.where as Plain), item.data as Plain);
                    else {
                        const linked = await linkedRow();
                        if (!linked) throw tx.reject(`no related ${target} to update`);
                        await updateRow(tx, target, linked, (isPlainObject(item.data) ? item.data : item) as Plain);
                    }
                }
                break;
            case 'upsert':
                for (const item of items(value)) {
                    const existing = child.field.isList ? await tx.run(target, 'findFirst', { where: within(item.where as Plain), select: idSelect(tx.meta, target) }) : await linkedRow();
                    if (existing) await updateRow(tx, target, idWhere(tx.meta, target, existing as Plain), item.update as Plain);
                    else await createRow(tx, target, created(item.create as Plain));
                }
                break;
            case 'updateMany':
                for (const item of items(value)) await tx.checked(target, 'updateMany', { where: within(item.where as Plain), data: item.data });
                break;
            case 'delete':
                for (const where of value === true ? [await linkedRow()].filter((r): r is Plain => r !== null) : items(value)) await deleteRow(tx, target, within(where));
                break;
            case 'deleteMany':
                for (const where of value === true ? [{}] : items(value)) await tx.checked(target, 'deleteMany', { where: within(where) });
                break;
            default:
                throw tx.reject(`nested '${op}' of ${target} is not supported under conditional access rules`);
        }
    }
}

/** Whether create data sets a foreign key of one of the model's relations. */
function writesForeignKeys(meta: ModelMeta, model: string, data: Plain): boolean {
    return Object.values(meta.models[model]?.fields ?? {}).some((f) => f.relation?.fields?.some((fk) => data[fk] !== undefined));
}

/** The foreign key values of `relation` pointing at `row`, when `row` holds the fields it references. */
function keyLink(meta: ModelMeta, model: string, relation: string, row: Plain): Plain | undefined {
    const info = meta.models[model]?.fields[relation]?.relation;
    if (!info?.fields?.length || !info.references || info.references.some((r) => row[r] === undefined)) return undefined;
    return Object.fromEntries(info.fields.map((fk, i) => [fk, row[info.references![i]!]]));
}
