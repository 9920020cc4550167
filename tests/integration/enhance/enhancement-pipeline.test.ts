import { createPrismaErrorSource, createRejectedByPolicyError, isEnhancedClient } from '@zenstackhq/runtime';
import { createEnhancedClient, createOperationPipeline, type OperationContext, type OperationMiddleware } from '@zenstackhq/runtime/internal';
import { loadSchema, testDbProviders, type AnyPrismaClient, type LoadedSchema } from '@zenstackhq/testtools';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BLOG_SCHEMA } from '../fixtures/blog-schema.js';

/** An enhanced client with one test layer, the way enhance() composes the real ones. */
function enhanceWith(loaded: LoadedSchema, middleware: OperationMiddleware, handles = (_model: string, _operation: string) => true): AnyPrismaClient {
    const env = { context: {}, modelMeta: loaded.modelMeta, errors: createPrismaErrorSource(loaded.prisma, loaded.prismaModule) };
    return createEnhancedClient(loaded.prisma, createOperationPipeline(env, [{ kind: 'policy', handles, middleware }]));
}

describe.each(testDbProviders())('an enhancement layer on %s', (provider) => {
    let loaded: LoadedSchema;
    let seen: OperationContext[];
    const record: OperationMiddleware = (ctx, proceed) => (seen.push(ctx), proceed(ctx));

    beforeEach(async () => {
        loaded = await loadSchema(BLOG_SCHEMA, { provider });
        seen = [];
    });
    afterEach(() => loaded.prisma.$disconnect());

    it('sees each model operation with its args, lazily', async () => {
        const db = enhanceWith(loaded, record);
        const pending = db.user.create({ data: { email: 'a@x.io' } });
        expect(seen).toHaveLength(0);
        expect(Object.prototype.toString.call(pending)).toBe('[object PrismaPromise]');
        await pending;
        await db.user.findMany({ where: { email: 'a@x.io' } });
        expect(seen.map((c) => [c.model, c.operation, c.args, c.inTransaction])).toEqual([
            ['User', 'create', { data: { email: 'a@x.io' } }, false],
            ['User', 'findMany', { where: { email: 'a@x.io' } }, false],
        ]);
    });

    it('rewrites args without touching the caller’s', async () => {
        const onlyPublished: OperationMiddleware = (ctx, proceed) =>
            ctx.operation === 'findMany' ? proceed({ ...ctx, args: { ...ctx.args, where: { ...(ctx.args?.where as object), published: true } } }) : proceed(ctx);
        const db = enhanceWith(loaded, onlyPublished, (model) => model === 'Post');
        await loaded.prisma.user.create({ data: { email: 'a@x.io', posts: { create: [{ title: 'a' }, { title: 'b', published: true }] } } });
        const args = { where: { title: { in: ['a', 'b'] } } };
        await expect(db.post.findMany(args)).resolves.toMatchObject([{ title: 'b' }]);
        expect(args).toEqual({ where: { title: { in: ['a', 'b'] } } });
        await expect(db.user.findMany()).resolves.toHaveLength(1);
    });

    it('keeps the fluent API on intercepted operations', async () => {
        const db = enhanceWith(loaded, record);
        const user = await loaded.prisma.user.create({ data: { email: 'a@x.io', profile: { create: { bio: 'hi' } }, posts: { create: { title: 'a' } } } });
        await expect(db.user.findUnique({ where: { id: user.id } }).posts()).resolves.toMatchObject([{ title: 'a' }]);
        await expect(db.post.findFirst().author().profile()).resolves.toMatchObject({ bio: 'hi' });
        expect(seen.at(-1)?.args).toEqual({ select: { author: { select: { profile: true } } } });
    });

    it('rejects with the client’s own Prisma error', async () => {
        const deny: OperationMiddleware = async (ctx) => {
            throw createRejectedByPolicyError(ctx.env.errors, { model: ctx.model, message: `failed '${ctx.operation}' check` });
        };
        const db = enhanceWith(loaded, deny);
        const error = await db.user.create({ data: { email: 'a@x.io' } }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(loaded.prismaModule.PrismaClientKnownRequestError);
        await expect(db.user.create({ data: { email: 'a@x.io' } })).toBeRejectedByPolicy(["User entities failed 'create' check"]);
        await expect(loaded.prisma.user.count()).resolves.toBe(0);
    });

    it('runs intercepted operations of a batch transaction in one transaction', async () => {
        const db = enhanceWith(loaded, record, (model) => model === 'User');
        const [user, posts] = await db.$transaction([db.user.create({ data: { email: 'a@x.io' } }), db.post.count()]);
        expect(user).toMatchObject({ email: 'a@x.io' });
        expect(posts).toBe(0);
        expect(seen.map((c) => c.inTransaction)).toEqual([true]);

        await expect(
            db.$transaction([db.user.create({ data: { email: 'b@x.io' } }), db.user.create({ data: { email: 'b@x.io' } })]),
        ).toBeRejectedWithCode('P2002');
        await expect(loaded.prisma.user.count()).resolves.toBe(1);
    });

    it('runs on the transaction client inside interactive transactions', async () => {
        const db = enhanceWith(loaded, record);
        await expect(
            db.$transaction(async (tx: AnyPrismaClient) => {
                expect(isEnhancedClient(tx)).toBe(true);
                await tx.user.create({ data: { email: 'a@x.io' } });
                throw new Error('abort');
            }),
        ).rejects.toThrow('abort');
        expect(seen.map((c) => c.inTransaction)).toEqual([true]);
        await expect(loaded.prisma.user.count()).resolves.toBe(0);
    });
});
