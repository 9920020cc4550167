import { enhance, isPrismaClientKnownRequestError, PrismaErrorCode } from '@zenstackhq/runtime';
import { loadSchema, testDbProviders, type AnyPrismaClient, type LoadedSchema } from '@zenstackhq/testtools';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BLOG_SCHEMA } from '../fixtures/blog-schema.js';

describe.each(testDbProviders())('errors through enhance() on %s', (provider) => {
    let loaded: LoadedSchema;
    let db: AnyPrismaClient;

    beforeEach(async () => {
        loaded = await loadSchema(BLOG_SCHEMA, { provider });
        db = loaded.enhance(undefined, { kinds: ['delegate'] });
    });
    afterEach(() => loaded.prisma.$disconnect());

    it('are Prisma’s own known request errors, identified by code', async () => {
        await db.user.create({ data: { email: 'a@x.io' } });
        const duplicate = await db.user.create({ data: { email: 'a@x.io' } }).catch((e: unknown) => e);
        expect(duplicate).toBeInstanceOf(loaded.prismaModule.PrismaClientKnownRequestError);
        expect(isPrismaClientKnownRequestError(duplicate, 'P2002')).toBe(true);
        await expect(db.user.create({ data: { email: 'a@x.io' } })).toBeRejectedWithCode('P2002');
    });

    it('report missing entities as not found', async () => {
        await expect(db.user.update({ where: { id: 42 }, data: { role: 'ADMIN' } })).toBeNotFound();
        await expect(db.user.delete({ where: { id: 42 } })).toBeNotFound();
        await expect(db.user.findUniqueOrThrow({ where: { id: 42 } })).toBeRejectedWithCode(PrismaErrorCode.NOT_FOUND);
        await expect(db.user.findFirst({ where: { id: 42 } })).toResolveFalsy();
    });

    it('report foreign key violations', async () => {
        await expect(db.post.create({ data: { title: 'orphan', authorId: 42 } })).toBeRejectedWithCode('P2003');
    });

    it('resolve matchers on success', async () => {
        await expect(db.user.create({ data: { email: 'a@x.io' } })).toResolveTruthy();
        await expect(db.user.findMany()).toResolveWithLength(1);
        await expect(db.user.findMany()).not.toBeRejectedByPolicy();
    });
});

describe('enhance() without model metadata', () => {
    it('tells the user to run `zenstack generate`', async () => {
        const loaded = await loadSchema(BLOG_SCHEMA, { provider: 'sqlite' });
        try {
            // tests/integration has no node_modules/.zenstack of its own
            expect(() => enhance(loaded.prisma)).toThrow(/Run `zenstack generate` first/);
        } finally {
            await loaded.prisma.$disconnect();
        }
    });
});
