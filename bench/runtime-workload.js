// Runs one runtime workload on one provider: the same database rows read and written through
// raw Prisma (the hand-written query), our enhance() and v2's enhance(), timed interleaved.
import { loadSchema } from '@zenstackhq/testtools';
import { createAdapter } from './adapters.js';
import { countingClient } from './counting.js';
import { measureSides } from './measure.js';
import { loadV2 } from './v2-peer.js';

/**
 * A workload: `schema` (models only), `seed(prisma, rows)`, the enhance `context` and `options`,
 * and `ops(seeded)`: each `{ name, target?, raw(prisma), ours(db), v2?(db), same?(a, b), sameStatementsAs? }`.
 * Returns one result per op.
 */
export async function runRuntimeWorkload(workload, provider, config) {
    const loaded = await loadSchema(workload.schema, { provider });
    const raw = loaded.prisma;
    const seeded = await workload.seed(raw, config.rows);
    const context = workload.context ?? {};
    const options = workload.options;
    const rawCounting = countingClient(raw.constructor, createAdapter(provider, loaded.dbUrl));
    const ours = loaded.enhanceRaw(raw, context, options);
    const oursCounting = loaded.enhanceRaw(rawCounting.prisma, context, options);
    const v2 = await openV2(workload, provider, loaded.dbUrl, context, options);

    const sides = {
        raw: { db: raw, countingDb: rawCounting.prisma, statementsOf: rawCounting.statementsOf, call: (op) => op.raw },
        ours: { db: ours, countingDb: oursCounting, statementsOf: rawCounting.statementsOf, call: (op) => op.ours },
        v2: { ...v2, call: (op) => op.v2 ?? op.ours },
    };
    const results = [];
    try {
        for (const op of workload.ops(seeded)) {
            const result = { workload: workload.name, op: op.name, provider, unit: 'ms', target: op.target, notes: [] };
            // one untimed call per side: it must work, and give what raw Prisma gives
            const live = [];
            let rawFirst;
            for (const [name, side] of Object.entries(sides)) {
                if (side.error) {
                    result[name] = { error: side.error };
                    continue;
                }
                try {
                    const first = await side.call(op)(side.db);
                    if (name === 'raw') rawFirst = first;
                    else if (op.same && !op.same(rawFirst, first)) result.notes.push(`${name} differs from raw`);
                    live.push(name);
                } catch (error) {
                    result[name] = { error: firstLine(error) };
                }
            }
            const times = await measureSides(live.map((name) => () => sides[name].call(op)(sides[name].db)), config);
            for (const [i, name] of live.entries()) {
                const side = sides[name];
                result[name] = times[i].error ? { error: firstLine(times[i].error) } : { ...times[i], statements: await side.statementsOf(() => side.call(op)(side.countingDb)) };
            }
            if (op.sameStatementsAs) {
                const other = results.find((r) => r.op === op.sameStatementsAs);
                if (other?.ours.statements !== undefined && result.ours.statements !== undefined && other.ours.statements !== result.ours.statements) result.notes.push(`ours statements differ from '${op.sameStatementsAs}'`);
            }
            results.push(result);
        }
    } finally {
        await Promise.all([raw.$disconnect(), rawCounting.prisma.$disconnect(), v2.disconnect()]);
    }
    return results;
}

/** v2's enhanced clients on the same database, or the reason there are none. */
async function openV2(workload, provider, dbUrl, context, options) {
    try {
        const peer = await loadV2(workload.schema, provider);
        const client = new peer.PrismaClient({ adapter: createAdapter(provider, dbUrl, peer.adapters), errorFormat: 'minimal' });
        const counting = countingClient(peer.PrismaClient, createAdapter(provider, dbUrl, peer.adapters));
        return {
            db: peer.enhance(client, context, options),
            countingDb: peer.enhance(counting.prisma, context, options),
            statementsOf: counting.statementsOf,
            disconnect: () => Promise.all([client.$disconnect(), counting.prisma.$disconnect()]),
        };
    } catch (error) {
        return { error: firstLine(error), disconnect: async () => undefined };
    }
}

/** The start of an error message, short enough for a table note. */
export function firstLine(error) {
    return String(error?.message ?? error).trim().split('\n').filter(Boolean).slice(0, 2).join(' ').slice(0, 160);
}
