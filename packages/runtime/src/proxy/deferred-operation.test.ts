import { describe, expect, it } from 'vitest';
import type { DbClient } from '../prisma/prisma-client-like.js';
import { createDeferredOperation, isDeferredOperation, replayDeferredOperation, type OperationRequest } from './deferred-operation.js';

const relations = (model: string, field: string) =>
    ({ 'User.posts': 'Post', 'Post.author': 'User' } as Record<string, string>)[`${model}.${field}`];

function recorder(result: unknown) {
    const calls: { request: OperationRequest; db?: DbClient }[] = [];
    const run = async (request: OperationRequest, db?: DbClient) => (calls.push({ request, db }), result);
    return { calls, run };
}

describe('deferred operations', () => {
    it('run nothing until awaited, and run once', async () => {
        const { calls, run } = recorder([{ id: 1 }]);
        const promise = createDeferredOperation({ model: 'User', operation: 'findMany', args: undefined }, run, relations);
        expect(calls).toHaveLength(0);
        expect(Object.prototype.toString.call(promise)).toBe('[object PrismaPromise]');
        await expect(promise).resolves.toEqual([{ id: 1 }]);
        await promise.then(() => undefined);
        expect(calls).toHaveLength(1);
    });

    it('offers the fluent relation accessors of single-entity operations', async () => {
        const { calls, run } = recorder({ id: 1, posts: [{ id: 2, author: { id: 1 } }] });
        const user = createDeferredOperation({ model: 'User', operation: 'findUnique', args: { where: { id: 1 } } }, run, relations) as unknown as {
            posts(args?: object): PromiseLike<unknown> & { author(): PromiseLike<unknown> };
        };
        await expect(user.posts({ take: 1 })).resolves.toEqual([{ id: 2, author: { id: 1 } }]);
        expect(calls[0]!.request.args).toEqual({ where: { id: 1 }, select: { posts: { take: 1 } } });
        expect(typeof (user as unknown as { unknownField?: unknown }).unknownField).toBe('undefined');
    });

    it('has no fluent accessors on list operations', () => {
        const { run } = recorder([]);
        const users = createDeferredOperation({ model: 'User', operation: 'findMany', args: undefined }, run, relations);
        expect((users as unknown as { posts?: unknown }).posts).toBeUndefined();
    });

    it('replays on another client for batch transactions', async () => {
        const { calls, run } = recorder({ id: 1 });
        const promise = createDeferredOperation({ model: 'User', operation: 'create', args: { data: {} } }, run, relations);
        expect(isDeferredOperation(promise)).toBe(true);
        expect(isDeferredOperation(Promise.resolve())).toBe(false);
        const tx = {};
        if (!isDeferredOperation(promise)) throw new Error('unreachable');
        await replayDeferredOperation(promise, tx);
        expect(calls[0]!.db).toBe(tx);
    });

    it('surfaces failures through then, catch and finally', async () => {
        const failing = createDeferredOperation(
            { model: 'User', operation: 'findMany', args: undefined },
            () => Promise.reject(new Error('boom')),
            relations,
        );
        await expect(failing).rejects.toThrow('boom');
        await expect(failing.catch((e: Error) => e.message)).resolves.toBe('boom');
        let finished = false;
        await expect(failing.finally(() => (finished = true))).rejects.toThrow('boom');
        expect(finished).toBe(true);
    });
});
