import type { AnyPrismaClient } from '@zenstackhq/testtools';
import { canonical } from './canonical.js';
import { DELETE_ORDER, MODEL_NAMES, scalarNames, type ModelName, type Row, type State } from './data-model.js';

const delegate = (prisma: AnyPrismaClient, model: ModelName) => prisma[model[0]!.toLowerCase() + model.slice(1)];

/** Every table's rows through the raw client, sorted by id. */
export async function readState(prisma: AnyPrismaClient): Promise<State> {
    const entries = await Promise.all(
        MODEL_NAMES.map(async (model) => {
            const select = Object.fromEntries(scalarNames(model).map((f) => [f, true]));
            return [model, (await delegate(prisma, model).findMany({ select, orderBy: { id: 'asc' } })) as Row[]] as const;
        }),
    );
    return Object.fromEntries(entries) as unknown as State;
}

/** Replaces the database's rows with `state`'s. */
export async function writeState(prisma: AnyPrismaClient, state: State): Promise<void> {
    for (const model of DELETE_ORDER) await delegate(prisma, model).deleteMany();
    for (const model of [...DELETE_ORDER].reverse()) {
        if (state[model].length > 0) await delegate(prisma, model).createMany({ data: state[model] });
    }
}

const key = (row: Row) => canonical(row);

/**
 * Puts the database back to `dataset` after a write changed it: the rows the write added go,
 * the ones it removed (or cascaded away) come back, the ones it changed are set back. Falls back
 * to rewriting every table when that fails.
 */
export async function restoreState(prisma: AnyPrismaClient, actual: State, dataset: State): Promise<void> {
    try {
        let current = actual;
        let deleted = false;
        for (const model of DELETE_ORDER) {
            const wanted = new Set(dataset[model].map((r) => r.id));
            const extra = current[model].filter((r) => !wanted.has(r.id)).map((r) => r.id);
            if (extra.length === 0) continue;
            await delegate(prisma, model).deleteMany({ where: { id: { in: extra } } });
            deleted = true;
        }
        if (deleted) current = await readState(prisma);
        for (const model of [...DELETE_ORDER].reverse()) {
            const present = new Map(current[model].map((r) => [r.id, r]));
            const missing = dataset[model].filter((r) => !present.has(r.id));
            if (missing.length > 0) await delegate(prisma, model).createMany({ data: missing });
            for (const row of dataset[model]) {
                const now = present.get(row.id);
                if (now && key(now) !== key(row)) {
                    const { id, ...data } = row;
                    await delegate(prisma, model).update({ where: { id }, data });
                }
            }
        }
    } catch {
        await writeState(prisma, dataset);
    }
}

/** Makes SQLite skip fsync: the fuzzer rewrites small tables thousands of times. */
export async function speedUpSqlite(prisma: AnyPrismaClient): Promise<void> {
    await prisma.$queryRawUnsafe('PRAGMA journal_mode = MEMORY');
    await prisma.$queryRawUnsafe('PRAGMA synchronous = OFF');
}
