import type { FieldInfo, ModelMeta } from '@zenstackhq/sdk';
import { isPlainObject, type Plain } from '../delegate/rewrite/paths.js';
import type { PrismaArgs } from '../prisma/prisma-client-like.js';
import type { PrismaOperation } from '../prisma/prisma-operations.js';

/** Whether a model's data is being created (every field given or defaulted) or updated (some fields set). */
export type WriteMode = 'create' | 'update';

/**
 * Rewrites the data written to one model (one row's worth, nested writes still in it) and returns
 * new data; it must not touch relation fields, which the walker descends into afterwards.
 */
export type DataRewriter = (model: string, data: Plain, mode: WriteMode) => Plain | Promise<Plain>;

type ArgsRewriter = (meta: ModelMeta, model: string, args: Plain, rewrite: DataRewriter) => Promise<Plain>;

const unchanged: ArgsRewriter = async (_meta, _model, args) => args;

/** Where each operation carries data: every Prisma operation is listed, so a new one must be decided. */
const ARGS_REWRITERS: Record<PrismaOperation, ArgsRewriter> = {
    findUnique: unchanged,
    findUniqueOrThrow: unchanged,
    findFirst: unchanged,
    findFirstOrThrow: unchanged,
    findMany: unchanged,
    count: unchanged,
    aggregate: unchanged,
    groupBy: unchanged,
    delete: unchanged,
    deleteMany: unchanged,
    create: (meta, model, args, rewrite) => withKey(args, 'data', (data) => rewriteData(meta, model, data, 'create', rewrite)),
    createMany: (meta, model, args, rewrite) => withKey(args, 'data', (data) => mapItems(data, (d) => rewriteData(meta, model, d, 'create', rewrite))),
    createManyAndReturn: (meta, model, args, rewrite) => withKey(args, 'data', (data) => mapItems(data, (d) => rewriteData(meta, model, d, 'create', rewrite))),
    update: (meta, model, args, rewrite) => withKey(args, 'data', (data) => rewriteData(meta, model, data, 'update', rewrite)),
    updateMany: (meta, model, args, rewrite) => withKey(args, 'data', (data) => rewriteData(meta, model, data, 'update', rewrite)),
    updateManyAndReturn: (meta, model, args, rewrite) => withKey(args, 'data', (data) => rewriteData(meta, model, data, 'update', rewrite)),
    upsert: async (meta, model, args, rewrite) => {
        const created = await withKey(args, 'create', (data) => rewriteData(meta, model, data, 'create', rewrite));
        return withKey(created, 'update', (data) => rewriteData(meta, model, data, 'update', rewrite));
    },
};

/**
 * Runs `rewrite` over every row's data an operation writes, nested writes included (create,
 * createMany, connectOrCreate, update, updateMany and upsert, at any depth), outer rows first.
 * Returns new args; the caller's are never changed.
 * @example await rewriteWriteArgs(meta, 'User', 'create', args, (model, data) => ({ ...data, name: 'x' }))
 */
export function rewriteWriteArgs(meta: ModelMeta, model: string, operation: PrismaOperation, args: PrismaArgs, rewrite: DataRewriter): Promise<PrismaArgs> {
    return isPlainObject(args) ? ARGS_REWRITERS[operation](meta, model, args, rewrite) : Promise.resolve(args);
}

async function rewriteData(meta: ModelMeta, model: string, data: unknown, mode: WriteMode, rewrite: DataRewriter): Promise<unknown> {
    if (!isPlainObject(data)) return data;
    const own = await rewrite(model, data, mode);
    const result: Plain = { ...own };
    for (const [key, payload] of Object.entries(own)) {
        const field = meta.models[model]?.fields[key];
        if (field?.kind === 'object' && isPlainObject(payload)) result[key] = await rewriteNested(meta, field, payload, rewrite);
    }
    return result;
}

/** The nested writes under one relation field: `{ create: …, update: … }`. */
async function rewriteNested(meta: ModelMeta, field: FieldInfo, payload: Plain, rewrite: DataRewriter): Promise<Plain> {
    const target = field.type;
    const create = (data: unknown) => rewriteData(meta, target, data, 'create', rewrite);
    const update = (data: unknown) => rewriteData(meta, target, data, 'update', rewrite);
    const result: Plain = { ...payload };
    for (const [op, value] of Object.entries(payload)) {
        switch (op) {
            case 'create':
                result[op] = await mapItems(value, create);
                break;
            case 'createMany':
                result[op] = await withKey(value, 'data', (data) => mapItems(data, create));
                break;
            case 'connectOrCreate':
                result[op] = await mapItems(value, (item) => withKey(item, 'create', create));
                break;
            case 'update':
                result[op] = await mapItems(value, (item) => (field.isList || isWhereDataPair(meta, target, item) ? withKey(item, 'data', update) : update(item)));
                break;
            case 'updateMany':
                result[op] = await mapItems(value, (item) => withKey(item, 'data', update));
                break;
            case 'upsert':
                result[op] = await mapItems(value, async (item) => withKey(await withKey(item, 'create', create), 'update', update));
                break;
        }
    }
    return result;
}

// a to-one `update` takes the data itself or `{ where, data }`
function isWhereDataPair(meta: ModelMeta, model: string, item: unknown): boolean {
    return isPlainObject(item) && isPlainObject(item.data) && Object.keys(item).every((k) => k === 'data' || k === 'where') && !meta.models[model]?.fields.data;
}

async function withKey<T>(container: T, key: string, rewrite: (value: unknown) => Promise<unknown>): Promise<T> {
    if (!isPlainObject(container) || container[key] === undefined) return container;
    return { ...container, [key]: await rewrite(container[key]) } as T;
}

// one at a time, so that the first failure is the first item's
async function mapItems(value: unknown, rewrite: (item: unknown) => Promise<unknown>): Promise<unknown> {
    if (!Array.isArray(value)) return rewrite(value);
    const result: unknown[] = [];
    for (const item of value) result.push(await rewrite(item));
    return result;
}
