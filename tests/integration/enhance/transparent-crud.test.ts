import { isEnhancedClient } from '@zenstackhq/runtime';
import { loadSchema, testDbProviders, type AnyPrismaClient } from '@zenstackhq/testtools';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BLOG_SCHEMA } from '../fixtures/blog-schema.js';

describe.each(testDbProviders())('enhance() as a transparent proxy on %s', (provider) => {
    let prisma: AnyPrismaClient;
    let db: AnyPrismaClient;

    beforeEach(async () => {
        const loaded = await loadSchema(BLOG_SCHEMA, { provider });
        prisma = loaded.prisma;
        db = loaded.enhance(undefined, { kinds: ['delegate'] });
    });
    afterEach(() => prisma.$disconnect());

    it('is an enhanced client of the same shape', () => {
        expect(isEnhancedClient(db)).toBe(true);
        expect(isEnhancedClient(prisma)).toBe(false);
        expect(typeof db.user.findMany).toBe('function');
        expect(db.user.fields.email.name).toBe('email');
        expect(db.user.name).toBe('User');
    });

    it('works with create, find* and count', async () => {
        const user = await db.user.create({ data: { email: 'a@x.io', posts: { create: [{ title: 'p1' }, { title: 'p2', published: true }] } } });
        expect(user).toEqual({ id: user.id, email: 'a@x.io', role: 'USER' });

        await expect(db.user.findUnique({ where: { id: user.id }, include: { posts: { orderBy: { id: 'asc' } } } })).resolves.toMatchObject({
            posts: [{ title: 'p1' }, { title: 'p2' }],
        });
        await expect(db.user.findUniqueOrThrow({ where: { email: 'a@x.io' } })).resolves.toMatchObject({ id: user.id });
        await expect(db.post.findFirst({ where: { published: true } })).resolves.toMatchObject({ title: 'p2' });
        await expect(db.post.findFirstOrThrow({ where: { title: 'p1' } })).resolves.toMatchObject({ published: false });
        await expect(db.post.findMany({ orderBy: { id: 'desc' }, select: { title: true } })).resolves.toEqual([{ title: 'p2' }, { title: 'p1' }]);
        await expect(db.post.count({ where: { published: false } })).resolves.toBe(1);
        await expect(db.user.findUnique({ where: { id: 999 } })).toResolveNull();
    });

    it('works with createMany and createManyAndReturn', async () => {
        const { id } = await db.user.create({ data: { email: 'a@x.io' } });
        await expect(db.post.createMany({ data: [{ title: 'a', authorId: id }, { title: 'b', authorId: id }] })).resolves.toEqual({ count: 2 });
        const created = await db.post.createManyAndReturn({ data: [{ title: 'c', authorId: id }], select: { title: true, authorId: true } });
        expect(created).toEqual([{ title: 'c', authorId: id }]);
        await expect(db.post.count()).resolves.toBe(3);
    });

    it('works with update, updateMany, updateManyAndReturn and upsert', async () => {
        const { id } = await db.user.create({ data: { email: 'a@x.io', posts: { create: [{ title: 'a' }, { title: 'b' }] } } });
        await expect(db.user.update({ where: { id }, data: { role: 'ADMIN' } })).resolves.toMatchObject({ role: 'ADMIN' });
        await expect(db.post.updateMany({ where: { title: 'a' }, data: { views: { increment: 5 } } })).resolves.toEqual({ count: 1 });
        const updated = await db.post.updateManyAndReturn({ where: { authorId: id }, data: { published: true }, select: { title: true, published: true } });
        expect(updated.sort((x: { title: string }, y: { title: string }) => x.title.localeCompare(y.title))).toEqual([
            { title: 'a', published: true },
            { title: 'b', published: true },
        ]);
        await expect(db.user.upsert({ where: { email: 'b@x.io' }, create: { email: 'b@x.io' }, update: {} })).resolves.toMatchObject({ email: 'b@x.io' });
        await expect(db.user.upsert({ where: { email: 'b@x.io' }, create: { email: 'b@x.io' }, update: { role: 'ADMIN' } })).resolves.toMatchObject({
            role: 'ADMIN',
        });
    });

    it('works with delete and deleteMany', async () => {
        const { id } = await db.user.create({ data: { email: 'a@x.io', posts: { create: [{ title: 'a' }, { title: 'b' }, { title: 'c' }] } } });
        const first = await db.post.findFirstOrThrow({ where: { title: 'a' } });
        await expect(db.post.delete({ where: { id: first.id } })).resolves.toMatchObject({ title: 'a' });
        await expect(db.post.deleteMany({ where: { authorId: id } })).resolves.toEqual({ count: 2 });
        await expect(db.post.count()).resolves.toBe(0);
    });

    it('works with aggregate and groupBy', async () => {
        await db.user.create({ data: { email: 'a@x.io', posts: { create: [{ title: 'a', views: 1 }, { title: 'b', views: 3, published: true }] } } });
        await expect(db.post.aggregate({ _sum: { views: true }, _max: { views: true }, _count: true })).resolves.toEqual({
            _sum: { views: 4 },
            _max: { views: 3 },
            _count: 2,
        });
        const groups = await db.post.groupBy({ by: ['published'], _count: { _all: true }, orderBy: { published: 'asc' } });
        expect(groups).toEqual([
            { published: false, _count: { _all: 1 } },
            { published: true, _count: { _all: 1 } },
        ]);
        await expect(db.post.count({ select: { _all: true, title: true } })).resolves.toEqual({ _all: 2, title: 2 });
    });

    it('keeps the fluent API', async () => {
        const user = await db.user.create({
            data: { email: 'a@x.io', profile: { create: { bio: 'hi' } }, posts: { create: [{ title: 'a' }, { title: 'b', published: true }] } },
        });
        await expect(db.user.findUnique({ where: { id: user.id } }).posts({ where: { published: true } })).resolves.toMatchObject([{ title: 'b' }]);
        await expect(db.user.findUnique({ where: { id: user.id } }).profile()).resolves.toMatchObject({ bio: 'hi' });
        await expect(db.post.findFirst({ where: { title: 'a' } }).author().profile()).resolves.toMatchObject({ bio: 'hi' });
        await expect(db.user.findUnique({ where: { id: 999 } }).posts()).toResolveNull();
    });

    it('keeps Prisma promises lazy', async () => {
        const pending = db.user.create({ data: { email: 'lazy@x.io' } });
        await new Promise((resolve) => setTimeout(resolve, 20));
        await expect(db.user.count()).resolves.toBe(0);
        await pending;
        await expect(db.user.count()).resolves.toBe(1);
        expect(Object.prototype.toString.call(db.user.findMany())).toBe('[object PrismaPromise]');
    });

    it('passes raw queries and other client methods through', async () => {
        await db.user.create({ data: { email: 'a@x.io' } });
        const rows = await db.$queryRaw`SELECT COUNT(*) AS n FROM "User"`;
        expect(Number(rows[0].n)).toBe(1);
        await expect(db.$executeRawUnsafe(`UPDATE "User" SET "role" = 'ADMIN'`)).resolves.toBe(1);
        await db.$connect();
        await expect(db.user.findFirst()).resolves.toMatchObject({ role: 'ADMIN' });
    });
});
