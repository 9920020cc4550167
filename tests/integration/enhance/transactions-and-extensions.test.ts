import { isEnhancedClient } from '@zenstackhq/runtime';
import { loadSchema, testDbProviders, type AnyPrismaClient, type LoadedSchema } from '@zenstackhq/testtools';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BLOG_SCHEMA } from '../fixtures/blog-schema.js';

describe.each(testDbProviders())('enhance() with transactions and $extends on %s', (provider) => {
    let loaded: LoadedSchema;
    let db: AnyPrismaClient;

    beforeEach(async () => {
        loaded = await loadSchema(BLOG_SCHEMA, { provider });
        db = loaded.enhance({ id: 1 }, { kinds: ['delegate'] });
    });
    afterEach(() => loaded.prisma.$disconnect());

    it('runs batch transactions of Prisma promises', async () => {
        const [user, count] = await db.$transaction([db.user.create({ data: { email: 'a@x.io' } }), db.user.count()]);
        expect(user).toMatchObject({ email: 'a@x.io' });
        expect(count).toBe(1);
    });

    it('rolls a batch transaction back when an operation fails', async () => {
        await expect(
            db.$transaction([db.user.create({ data: { email: 'a@x.io' } }), db.user.create({ data: { email: 'a@x.io' } })]),
        ).toBeRejectedWithCode('P2002');
        await expect(db.user.count()).resolves.toBe(0);
    });

    it('hands an enhanced client to interactive transactions', async () => {
        const result = await db.$transaction(async (tx: AnyPrismaClient) => {
            expect(isEnhancedClient(tx)).toBe(true);
            const user = await tx.user.create({ data: { email: 'a@x.io' } });
            await tx.post.create({ data: { title: 'p', authorId: user.id } });
            return tx.user.findUnique({ where: { id: user.id } }).posts();
        });
        expect(result).toMatchObject([{ title: 'p' }]);
        await expect(db.post.count()).resolves.toBe(1);
    });

    it('rolls an interactive transaction back when its callback throws', async () => {
        await expect(
            db.$transaction(async (tx: AnyPrismaClient) => {
                await tx.user.create({ data: { email: 'a@x.io' } });
                throw new Error('abort');
            }),
        ).rejects.toThrow('abort');
        await expect(db.user.count()).resolves.toBe(0);
    });

    it('passes transaction options through', async () => {
        await expect(db.$transaction(async (tx: AnyPrismaClient) => tx.user.count(), { timeout: 10_000, maxWait: 5_000 })).resolves.toBe(0);
    });

    it('keeps $extends results enhanced, with the extension applied', async () => {
        const extended = db.$extends({
            result: { user: { domain: { needs: { email: true }, compute: (user: { email: string }) => user.email.split('@')[1] } } },
            model: { user: { byEmail(email: string) { return (this as unknown as AnyPrismaClient['user']).findUnique({ where: { email } }); } } },
        });
        expect(isEnhancedClient(extended)).toBe(true);
        await extended.user.create({ data: { email: 'a@x.io' } });
        await expect(extended.user.findFirst()).resolves.toMatchObject({ domain: 'x.io' });
        await expect(extended.user.byEmail('a@x.io')).resolves.toMatchObject({ email: 'a@x.io' });

        await extended.$transaction(async (tx: AnyPrismaClient) => {
            expect(isEnhancedClient(tx)).toBe(true);
            await expect(tx.user.findFirst()).resolves.toMatchObject({ domain: 'x.io' });
        });
    });

    it('enhances an $extends result of the plain client', async () => {
        const extended = loaded.enhanceRaw(
            loaded.prisma.$extends({ query: { user: { async create({ args, query }: { args: { data: { email: string } }; query: (a: unknown) => Promise<unknown> }) { return query({ ...args, data: { ...args.data, email: args.data.email.toLowerCase() } }); } } } }),
            undefined,
            { kinds: ['delegate'] },
        );
        expect(isEnhancedClient(extended)).toBe(true);
        await expect(extended.user.create({ data: { email: 'A@X.IO' } })).resolves.toMatchObject({ email: 'a@x.io' });
    });
});
