import type { DelegateCall } from './delegate-call.js';
import { runSideWrite } from './side-writes.js';
import type { DelegateHierarchy } from './hierarchy.js';
import type { Plain } from './rewrite/paths.js';
import { wrapFilter } from './rewrite/paths.js';
import type { WriteContext } from './rewrite/write-context.js';

const cache = new WeakMap<DelegateHierarchy, Map<string, boolean>>();

/**
 * Whether deleting rows of `model` can cascade into a sub model's own table through a relation
 * the sub model declares (its foreign key is in its own table): the base rows above those
 * would be left without their concrete row, so they must be removed afterwards.
 */
export function deletesCanOrphan(h: DelegateHierarchy, model: string): boolean {
    const memo = cache.get(h) ?? cache.set(h, new Map()).get(h)!;
    const known = memo.get(model);
    if (known !== undefined) return known;
    const models = h.allModels();
    // a row of a hierarchy is deleted at its top base
    const start = h.isPolymorphic(model) ? h.root(model) : model;
    const seen = new Set<string>([start]);
    const pending = [start];
    let orphans = false;
    while (pending.length > 0 && !orphans) {
        const deleted = pending.pop()!;
        const reached = [deleted, ...(h.isBase(deleted) ? h.descendants(deleted) : [])];
        for (const other of models) {
            for (const field of Object.values(h.model(other).fields)) {
                if (!field.relation?.fields?.length || field.relation.onDelete !== 'Cascade' || !reached.includes(field.type)) continue;
                if (h.isPolymorphic(other) && h.baseOf(other) && h.storageOf(other, field.name) !== h.root(other)) orphans = true;
                if (!seen.has(other)) {
                    seen.add(other);
                    pending.push(other);
                }
            }
        }
    }
    memo.set(model, orphans);
    return orphans;
}

/** Deletes base rows whose concrete row is gone; their remaining tables cascade from there. */
export async function removeOrphans(call: DelegateCall): Promise<void> {
    const { h } = call;
    for (const root of h.allModels().filter((m) => h.isBase(m) && !h.baseOf(m))) {
        const discriminator = h.model(root).discriminator!;
        const broken: Plain[] = h.leaves(root).map((leaf) => ({
            AND: [{ [discriminator]: { in: h.discriminatorValues(leaf) } }, { NOT: wrapFilter(h, root, leaf, {}) }],
        }));
        await call.run(root, 'deleteMany', { where: { OR: broken } });
    }
}

/** Runs `main`, then the side writes and orphan cleanup the operation needs, all in one transaction when there are any. */
export async function withSideEffects<T>(call: DelegateCall, write: WriteContext, main: (call: DelegateCall) => Promise<T>, deletes = false): Promise<T> {
    const cleanup = write.needsOrphanCleanup || (deletes && deletesCanOrphan(call.h, call.model));
    if (write.sideWrites.length === 0 && !cleanup) return main(call);
    return call.transaction(async (tx) => {
        const result = await main(tx);
        for (const side of write.sideWrites) await runSideWrite(tx, side);
        if (cleanup) await removeOrphans(tx);
        return result;
    });
}
