import { getModelDelegate, isPrismaPromise, type DbClient } from '../prisma/prisma-client-like.js';
import { isPrismaOperation } from '../prisma/prisma-operations.js';
import { isDeferredOperation, replayDeferredOperation } from './deferred-operation.js';

type TransactionFn = (arg: unknown, options?: unknown) => Promise<unknown>;

/**
 * `$transaction([...])` on an enhanced client. Prisma's own batch when no item is enhanced;
 * otherwise the items run in order inside an interactive transaction, with the same all-or-nothing result.
 */
export function runBatchTransaction(db: DbClient, items: readonly unknown[], options?: unknown): Promise<unknown> {
    const transaction = db['$transaction'] as TransactionFn;
    if (!items.some(isDeferredOperation)) return transaction.call(db, items, options);
    return transaction.call(
        db,
        async (tx: DbClient) => {
            const results: unknown[] = [];
            for (const item of items) results.push(await replayOnTransaction(item, tx));
            return results;
        },
        options,
    );
}

function replayOnTransaction(item: unknown, tx: DbClient): Promise<unknown> {
    if (isDeferredOperation(item)) return replayDeferredOperation(item, tx);
    // an operation no layer handles: Prisma's promise names it, so run the same call on the transaction
    const spec = isPrismaPromise(item) ? item.spec : undefined;
    if (spec?.model && isPrismaOperation(spec.action)) {
        return getModelDelegate(tx, spec.model)[spec.action](spec.args as Record<string, unknown> | undefined);
    }
    throw new Error(
        'A batch $transaction that mixes enhanced operations with raw queries is not supported; use an interactive transaction: `$transaction(async (tx) => ...)`.',
    );
}
