import { loadSchema, testDbProviders, type AnyPrismaClient, type LoadedSchema } from '@zenstackhq/testtools';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HIERARCHY_SCHEMA } from './hierarchy-fixture.js';

describe.each(testDbProviders())('writing polymorphic models on %s', (provider) => {
    let loaded: LoadedSchema;
    let db: AnyPrismaClient;
    let user: { id: number };

    const rowCounts = async () => ({
        assets: await loaded.prisma.asset.count(),
        media: await loaded.prisma.media.count(),
        videos: await loaded.prisma.video.count(),
        images: await loaded.prisma.image.count(),
        contents: await loaded.prisma.content.count(),
        articles: await loaded.prisma.article.count(),
        notes: await loaded.prisma.note.count(),
    });

    beforeEach(async () => {
        loaded = await loadSchema(HIERARCHY_SCHEMA, { provider });
        db = loaded.enhance(undefined, { kinds: ['delegate'] });
        user = await db.user.create({ data: { email: 'u@x.io' } });
    });
    afterEach(() => loaded.prisma.$disconnect());

    it('creates every level of a two-level hierarchy with the discriminators set', async () => {
        const video = await db.video.create({ data: { slug: 'v', url: 'u', duration: 3, owner: { connect: { id: user.id } } }, include: { owner: true } });
        expect(video).toMatchObject({ slug: 'v', kind: 'VIDEO_KIND', mediaType: 'VIDEO_KIND', duration: 3, viewCount: 0, owner: { email: 'u@x.io' } });
        expect(await loaded.prisma.media.findUnique({ where: { id: video.id } })).toMatchObject({ url: 'u', mediaType: 'VIDEO_KIND' });
        expect(await rowCounts()).toMatchObject({ assets: 1, media: 1, videos: 1, images: 0 });
    });

    it('creates sub models through a relation of a parent, including nested createMany', async () => {
        const created = await db.user.create({
            data: {
                email: 'w@x.io',
                articles: {
                    create: [
                        { title: 'A', owner: { connect: { id: user.id } }, tags: { create: [{ name: 't1' }] } },
                        { title: 'B', ownerId: user.id, published: true },
                    ],
                },
            },
            include: { articles: { include: { tags: true }, orderBy: { title: 'asc' } } },
        });
        expect(created.articles.map((a: { title: string; type: string; published: boolean }) => [a.title, a.type, a.published])).toEqual([
            ['A', 'Article', false],
            ['B', 'Article', true],
        ]);
        expect(created.articles[0].tags).toEqual([expect.objectContaining({ name: 't1' })]);
        await db.user.update({ where: { id: created.id }, data: { articles: { createMany: { data: [{ title: 'C', ownerId: user.id }] } } } });
        expect(await db.article.count({ where: { authorId: created.id } })).toBe(3);
        expect(await rowCounts()).toMatchObject({ contents: 3, articles: 3 });
    });

    it('connects and connectOrCreates through inherited unique fields', async () => {
        const video = await db.video.create({ data: { slug: 'v', url: 'u', duration: 3 } });
        await db.user.update({ where: { id: user.id }, data: { assets: { connect: { slug: 'v' } } } });
        expect(await db.video.findUnique({ where: { id: video.id } })).toMatchObject({ ownerId: user.id });
        // a base can't be created, even in connectOrCreate's create branch
        await expect(
            db.comment.create({ data: { text: 'c', asset: { connectOrCreate: { where: { slug: 'v' }, create: { slug: 'never', url: 'x' } } } } }),
        ).toBeRejectedWithCode('P2009');
        const tagged = await db.tag.create({
            data: { name: 't', article: { connectOrCreate: { where: { id: 999 }, create: { title: 'fresh', ownerId: user.id } } } },
            include: { article: true },
        });
        expect(tagged.article).toMatchObject({ title: 'fresh', type: 'Article', ownerId: user.id });
    });

    it('creates many rows and returns them merged', async () => {
        await expect(db.note.createMany({ data: [{ body: 'a', ownerId: user.id }, { body: 'b', ownerId: user.id, score: 3 }] })).resolves.toEqual({ count: 2 });
        const returned = await db.note.createManyAndReturn({ data: [{ body: 'c', ownerId: user.id }], select: { body: true, type: true, score: true } });
        expect(returned).toEqual([{ body: 'c', type: 'Note', score: 0 }]);
        expect(await rowCounts()).toMatchObject({ contents: 3, notes: 3 });
        await expect(db.video.createMany({ data: [{ slug: 'v', url: 'u', duration: 1 }, { slug: 'v', url: 'u', duration: 1 }], skipDuplicates: true })).resolves.toEqual({ count: 1 });
    });

    it('updates inherited and own fields together and bumps every @updatedAt', async () => {
        const video = await db.video.create({ data: { slug: 'v', url: 'u', duration: 3 } });
        await new Promise((r) => setTimeout(r, 20));
        const updated = await db.video.update({ where: { id: video.id }, data: { viewCount: { increment: 2 }, url: 'u2', duration: 4 } });
        expect(updated).toMatchObject({ viewCount: 2, url: 'u2', duration: 4, kind: 'VIDEO_KIND' });
        expect(updated.updatedAt.getTime()).toBeGreaterThan(video.updatedAt.getTime());
        await new Promise((r) => setTimeout(r, 20));
        const ownOnly = await db.video.update({ where: { slug: 'v' }, data: { duration: 5 } });
        expect(ownOnly.updatedAt.getTime()).toBeGreaterThan(updated.updatedAt.getTime());
    });

    it('updates many rows across tables and returns them', async () => {
        await db.video.create({ data: { slug: 'v1', url: 'u', duration: 1 } });
        await db.video.create({ data: { slug: 'v2', url: 'u', duration: 2 } });
        await db.image.create({ data: { slug: 'i1', url: 'u', width: 1, height: 1 } });
        await expect(db.video.updateMany({ where: { duration: { gt: 0 } }, data: { viewCount: 9, duration: 7 } })).resolves.toEqual({ count: 2 });
        await expect(db.asset.findMany({ where: { viewCount: 9 }, select: { slug: true } })).resolves.toEqual([{ slug: 'v1' }, { slug: 'v2' }]);
        await expect(db.media.updateMany({ where: { slug: 'i1' }, data: { url: 'changed' } })).resolves.toEqual({ count: 1 });
        const returned = await db.video.updateManyAndReturn({ where: { slug: 'v1' }, data: { viewCount: 1 }, select: { slug: true, viewCount: true, duration: true } });
        expect(returned).toEqual([{ slug: 'v1', viewCount: 1, duration: 7 }]);
    });

    it('upserts by own and by inherited unique fields', async () => {
        const first = await db.video.upsert({ where: { slug: 'v' }, create: { slug: 'v', url: 'u', duration: 1 }, update: { duration: 2 } });
        expect(first).toMatchObject({ slug: 'v', duration: 1 });
        const second = await db.video.upsert({ where: { slug: 'v' }, create: { slug: 'v', url: 'u', duration: 1 }, update: { duration: 2, viewCount: 4 } });
        expect(second).toMatchObject({ id: first.id, duration: 2, viewCount: 4 });
        const third = await db.video.upsert({ where: { id: first.id }, create: { slug: 'x', url: 'u', duration: 1 }, update: { url: 'u3' } });
        expect(third).toMatchObject({ id: first.id, url: 'u3' });
        expect(await rowCounts()).toMatchObject({ assets: 1, videos: 1 });
    });

    it('updates sub models through a parent relation, with nested updateMany and deleteMany', async () => {
        await db.article.create({ data: { title: 'A', ownerId: user.id, authorId: user.id } });
        await db.article.create({ data: { title: 'B', ownerId: user.id, authorId: user.id } });
        await db.user.update({
            where: { id: user.id },
            data: { articles: { updateMany: { where: { title: 'A' }, data: { published: true, title: 'A2' } } } },
        });
        await expect(db.article.findMany({ orderBy: { title: 'asc' }, select: { title: true, published: true } })).resolves.toEqual([
            { title: 'A2', published: true },
            { title: 'B', published: false },
        ]);
        const b0 = await db.article.findFirstOrThrow({ where: { title: 'B' } });
        await db.user.update({ where: { id: user.id }, data: { articles: { update: { where: { id: b0.id }, data: { score: 5, title: 'B' } } } } });
        await expect(db.article.findUnique({ where: { id: b0.id }, select: { score: true } })).resolves.toEqual({ score: 5 });
        await db.user.update({ where: { id: user.id }, data: { articles: { deleteMany: { published: true } } } });
        expect(await rowCounts()).toMatchObject({ contents: 1, articles: 1 });
        const b = await db.article.findFirstOrThrow();
        await db.user.update({ where: { id: user.id }, data: { articles: { delete: { id: b.id } } } });
        expect(await rowCounts()).toMatchObject({ contents: 0, articles: 0 });
    });

    it('deletes a concrete row and its base rows, through the base or the sub model', async () => {
        const v1 = await db.video.create({ data: { slug: 'v1', url: 'u', duration: 1 } });
        const v2 = await db.video.create({ data: { slug: 'v2', url: 'u', duration: 1 } });
        await db.image.create({ data: { slug: 'i1', url: 'u', width: 1, height: 1 } });
        await expect(db.video.delete({ where: { id: v1.id } })).resolves.toMatchObject({ slug: 'v1', duration: 1 });
        await expect(db.asset.delete({ where: { slug: 'v2' } })).resolves.toMatchObject({ id: v2.id, duration: 1 });
        expect(await rowCounts()).toMatchObject({ assets: 1, media: 1, videos: 0, images: 1 });
        await expect(db.media.deleteMany({ where: { viewCount: 0 } })).resolves.toEqual({ count: 1 });
        expect(await rowCounts()).toMatchObject({ assets: 0, media: 0, images: 0 });
        await expect(db.video.delete({ where: { id: v1.id } })).toBeNotFound();
    });

    it('leaves no orphan when a parent delete cascades into either table', async () => {
        const other = await db.user.create({ data: { email: 'o@x.io' } });
        // owned by `user` (base table FK) but written by `other` (sub table FK)
        await db.article.create({ data: { title: 'A', ownerId: user.id, authorId: other.id } });
        await db.video.create({ data: { slug: 'v', url: 'u', duration: 1, ownerId: other.id } });
        await db.user.delete({ where: { id: other.id } });
        expect(await rowCounts()).toMatchObject({ contents: 0, articles: 0, assets: 0, media: 0, videos: 0 });
        await db.note.create({ data: { body: 'n', ownerId: user.id } });
        await db.user.deleteMany({});
        expect(await rowCounts()).toMatchObject({ contents: 0, notes: 0 });
    });

    it('runs in interactive and batch transactions, all or nothing', async () => {
        await expect(
            db.$transaction(async (tx: AnyPrismaClient) => {
                await tx.video.create({ data: { slug: 'v', url: 'u', duration: 1 } });
                await tx.note.create({ data: { body: 'n', ownerId: user.id } });
                throw new Error('roll back');
            }),
        ).rejects.toThrow('roll back');
        expect(await rowCounts()).toMatchObject({ assets: 0, media: 0, videos: 0, contents: 0, notes: 0 });
        const [video, count] = await db.$transaction([db.video.create({ data: { slug: 'v', url: 'u', duration: 1 } }), db.asset.count()]);
        expect(video).toMatchObject({ kind: 'VIDEO_KIND' });
        expect(count).toBe(1);
    });
});
