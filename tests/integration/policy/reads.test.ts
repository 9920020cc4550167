import { loadSchema, testDbProviders, type AnyPrismaClient, type LoadedSchema } from '@zenstackhq/testtools';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BLOG_POLICY_SCHEMA } from './blog-policy-fixture.js';

describe.each(testDbProviders())('reading under access policies on %s', (provider) => {
    let loaded: LoadedSchema;
    let alice: { id: number };
    let bob: { id: number };
    let asAlice: AnyPrismaClient;
    let asBob: AnyPrismaClient;
    let anonymous: AnyPrismaClient;

    beforeEach(async () => {
        loaded = await loadSchema(BLOG_POLICY_SCHEMA, { provider });
        const raw = loaded.prisma;
        alice = await raw.user.create({ data: { email: 'alice@x.io' } });
        bob = await raw.user.create({ data: { email: 'bob@x.io' } });
        for (let i = 0; i < 10; i++) {
            await raw.post.create({ data: { title: `a${i}`, published: i % 2 === 0, authorId: alice.id, views: i } });
        }
        const draft = await raw.post.findFirstOrThrow({ where: { title: 'a1' } });
        await raw.comment.create({ data: { text: 'visible', postId: draft.id } });
        await raw.comment.create({ data: { text: 'hidden', postId: draft.id, hidden: true } });
        await raw.post.create({ data: { title: 'forbidden post', published: true, authorId: alice.id } });
        asAlice = loaded.enhance({ id: alice.id });
        asBob = loaded.enhance({ id: bob.id });
        anonymous = loaded.enhance();
    });
    afterEach(() => loaded.prisma.$disconnect());

    it('filters rows in the query: owners see drafts, others only published posts, nobody a denied one', async () => {
        await expect(asAlice.post.count()).resolves.toBe(10);
        await expect(asBob.post.count()).resolves.toBe(5);
        await expect(anonymous.post.findMany({ select: { title: true }, orderBy: { id: 'asc' } })).resolves.toEqual(
            ['a0', 'a2', 'a4', 'a6', 'a8'].map((title) => ({ title })),
        );
        await expect(anonymous.user.findMany()).resolves.toEqual([]);
    });

    it('pages exactly over readable rows (v2 #1519)', async () => {
        const page = await asBob.post.findMany({ orderBy: { views: 'asc' }, skip: 1, take: 3, select: { views: true } });
        expect(page).toEqual([{ views: 2 }, { views: 4 }, { views: 6 }]);
    });

    it('reports an unreadable row as not found', async () => {
        const draft = await loaded.prisma.post.findFirstOrThrow({ where: { title: 'a1' } });
        await expect(asBob.post.findUnique({ where: { id: draft.id } })).resolves.toBeNull();
        await expect(asBob.post.findUniqueOrThrow({ where: { id: draft.id } })).toBeNotFound();
        await expect(asBob.post.findFirstOrThrow({ where: { title: 'a1' } })).toBeNotFound();
        await expect(asAlice.post.findUnique({ where: { id: draft.id } })).resolves.toMatchObject({ title: 'a1' });
    });

    it('filters included relations, relation counts and relation filters', async () => {
        const users = await asBob.user.findMany({ where: { id: alice.id }, include: { posts: { select: { title: true } }, _count: { select: { posts: true } } } });
        expect(users[0].posts).toHaveLength(5);
        expect(users[0]._count).toEqual({ posts: 5 });
        await expect(asBob.user.count({ where: { posts: { some: { title: 'a1' } } } })).resolves.toBe(0);
        await expect(asAlice.user.count({ where: { posts: { some: { title: 'a1' } } } })).resolves.toBe(1);
        const draft = await asAlice.post.findFirstOrThrow({ where: { title: 'a1' }, include: { comments: true } });
        expect(draft.comments.map((c: { text: string }) => c.text)).toEqual(['visible']);
        await expect(asBob.comment.count()).resolves.toBe(0);
    });

    it('follows rules through the fluent API and aggregates only readable rows', async () => {
        const posts = await asBob.user.findUnique({ where: { id: alice.id } }).posts();
        expect(posts).toHaveLength(5);
        await expect(asBob.post.aggregate({ _sum: { views: true } })).resolves.toEqual({ _sum: { views: 20 } });
        await expect(asAlice.post.groupBy({ by: ['published'], _count: { _all: true }, orderBy: { published: 'asc' } })).resolves.toEqual([
            { published: false, _count: { _all: 5 } },
            { published: true, _count: { _all: 5 } },
        ]);
    });

    it('returns a required relation only with a readable parent, and filters the parent otherwise', async () => {
        const comments = await loaded.enhance({ id: bob.id }, { kinds: ['delegate'] }).comment.findMany({ include: { post: true } });
        expect(comments).toHaveLength(2);
        // alice reads her draft's visible comment with its post
        const visible = await asAlice.comment.findMany({ include: { post: { select: { title: true } } } });
        expect(visible).toEqual([expect.objectContaining({ text: 'visible', post: { title: 'a1' } })]);
    });

    it('rejects a user without the auth model id', () => {
        expect(() => loaded.enhance({ email: 'x' })).toThrow(/must have the id field\(s\) of the auth model User: missing id/);
    });
});
