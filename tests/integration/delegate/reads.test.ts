import { loadSchema, testDbProviders, type AnyPrismaClient, type LoadedSchema } from '@zenstackhq/testtools';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HIERARCHY_SCHEMA } from './hierarchy-fixture.js';

describe.each(testDbProviders())('reading polymorphic models on %s', (provider) => {
    let loaded: LoadedSchema;
    let db: AnyPrismaClient;
    let user: { id: number };

    beforeEach(async () => {
        loaded = await loadSchema(HIERARCHY_SCHEMA, { provider });
        db = loaded.enhance(undefined, { kinds: ['delegate'] });
        user = await db.user.create({ data: { email: 'u@x.io' } });
        await db.video.create({ data: { slug: 'v1', url: 'https://v/1', duration: 10, ownerId: user.id, viewCount: 5 } });
        await db.image.create({ data: { slug: 'i1', url: 'https://i/1', width: 4, height: 3, owner: { connect: { id: user.id } }, viewCount: 7 } });
        await db.video.create({ data: { slug: 'v2', url: 'https://v/2', duration: 20, viewCount: 1 } });
    });
    afterEach(() => loaded.prisma.$disconnect());

    it('reads a base as merged concrete rows, two levels deep', async () => {
        const assets = await db.asset.findMany({ orderBy: { id: 'asc' } });
        expect(assets.map((a: { kind: string; mediaType: string }) => [a.kind, a.mediaType])).toEqual([
            ['VIDEO_KIND', 'VIDEO_KIND'],
            ['IMAGE_KIND', 'IMAGE_KIND'],
            ['VIDEO_KIND', 'VIDEO_KIND'],
        ]);
        expect(assets[0]).toEqual({
            id: assets[0].id,
            createdAt: expect.any(Date),
            updatedAt: expect.any(Date),
            slug: 'v1',
            viewCount: 5,
            ownerId: user.id,
            kind: 'VIDEO_KIND',
            url: 'https://v/1',
            mediaType: 'VIDEO_KIND',
            duration: 10,
        });
        expect(assets[1]).toMatchObject({ slug: 'i1', width: 4, height: 3 });
        expect(await db.media.findMany({ where: { url: { startsWith: 'https://v' } } })).toHaveLength(2);
    });

    it('reads a concrete model with all inherited fields', async () => {
        const image = await db.image.findUniqueOrThrow({ where: { slug: 'i1' } });
        expect(image).toMatchObject({ slug: 'i1', viewCount: 7, url: 'https://i/1', kind: 'IMAGE_KIND', width: 4, height: 3 });
        await expect(db.video.findUnique({ where: { slug: 'i1' } })).resolves.toBeNull();
    });

    it('filters, orders and pages on inherited and own fields', async () => {
        const videos = await db.video.findMany({ where: { viewCount: { gt: 0 }, duration: { lt: 100 } }, orderBy: { viewCount: 'desc' } });
        expect(videos.map((v: { slug: string }) => v.slug)).toEqual(['v1', 'v2']);
        const page = await db.asset.findMany({ orderBy: [{ viewCount: 'desc' }], skip: 1, take: 1 });
        expect(page.map((a: { slug: string }) => a.slug)).toEqual(['v1']);
        const next = await db.video.findMany({ cursor: { slug: 'v1' }, orderBy: { id: 'asc' } });
        expect(next.map((v: { slug: string }) => v.slug)).toEqual(['v1', 'v2']);
        const byOwner = await db.video.findMany({ where: { owner: { email: 'u@x.io' } } });
        expect(byOwner.map((v: { slug: string }) => v.slug)).toEqual(['v1']);
        const distinct = await db.video.findMany({ distinct: ['mediaType'], orderBy: { id: 'asc' } });
        expect(distinct.map((v: { slug: string }) => v.slug)).toEqual(['v1']);
    });

    it('selects, includes and omits inherited and own fields', async () => {
        await expect(db.video.findFirst({ where: { slug: 'v1' }, select: { slug: true, duration: true, owner: { select: { email: true } } } })).resolves.toEqual({
            slug: 'v1',
            duration: 10,
            owner: { email: 'u@x.io' },
        });
        const omitted = await db.video.findFirst({ where: { slug: 'v1' }, omit: { viewCount: true, duration: true } });
        expect(omitted).not.toHaveProperty('viewCount');
        expect(omitted).not.toHaveProperty('duration');
        expect(omitted).toHaveProperty('url');
        const included = await db.video.findFirst({ where: { slug: 'v1' }, include: { owner: true, comments: true } });
        expect(included).toMatchObject({ slug: 'v1', duration: 10, owner: { email: 'u@x.io' }, comments: [] });
    });

    it('counts relations with _count on inherited relations', async () => {
        const video = await db.video.findFirstOrThrow({ where: { slug: 'v1' } });
        await db.comment.create({ data: { text: 'nice', assetId: video.id } });
        await expect(db.video.findFirst({ where: { slug: 'v1' }, select: { slug: true, _count: { select: { comments: true } } } })).resolves.toEqual({
            slug: 'v1',
            _count: { comments: 1 },
        });
        const asset = await db.asset.findFirst({ where: { slug: 'v1' }, include: { _count: true } });
        expect(asset._count).toEqual({ comments: 1 });
    });

    it('returns merged concrete rows through a relation to the base', async () => {
        const found = await db.user.findUniqueOrThrow({ where: { id: user.id }, include: { assets: { orderBy: { slug: 'asc' } } } });
        expect(found.assets.map((a: { slug: string; duration?: number; width?: number }) => [a.slug, a.duration ?? a.width])).toEqual([
            ['i1', 4],
            ['v1', 10],
        ]);
        const comment = await db.comment.create({ data: { text: 'hi', asset: { connect: { slug: 'v1' } } }, include: { asset: true } });
        expect(comment.asset).toMatchObject({ slug: 'v1', duration: 10, kind: 'VIDEO_KIND' });
    });

    it('follows relations with the fluent API', async () => {
        const assets = await db.user.findUnique({ where: { id: user.id } }).assets({ orderBy: { slug: 'asc' } });
        expect(assets.map((a: { slug: string; url: string }) => [a.slug, a.url])).toEqual([
            ['i1', 'https://i/1'],
            ['v1', 'https://v/1'],
        ]);
        const owner = await db.video.findUnique({ where: { slug: 'v1' } }).owner();
        expect(owner).toEqual({ id: user.id, email: 'u@x.io' });
    });

    it('keeps table names from @@map and column names from @map', async () => {
        const rows: { asset_kind: string }[] = await loaded.prisma.$queryRawUnsafe('SELECT asset_kind FROM assets ORDER BY id');
        expect(rows.map((r) => r.asset_kind)).toEqual(['VIDEO_KIND', 'IMAGE_KIND', 'VIDEO_KIND']);
        const images: unknown[] = await loaded.prisma.$queryRawUnsafe('SELECT * FROM images');
        expect(images).toHaveLength(1);
    });
});
