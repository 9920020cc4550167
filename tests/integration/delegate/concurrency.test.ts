import { loadSchema, testDbProviders, type AnyPrismaClient, type LoadedSchema } from '@zenstackhq/testtools';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIERARCHY_SCHEMA } from './hierarchy-fixture.js';

const WORKERS = 50;
const STEPS = 12;

/** A small seeded PRNG, so a failing interleaving of choices can be replayed. */
function mulberry32(seed: number): () => number {
    return () => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

interface Expected {
    live: Map<number, { model: 'Video' | 'Image'; views: number; duration?: number }>;
    deleted: Set<number>;
}

/** One worker: creates, updates and deletes its own rows through base and concrete models. */
async function worker(db: AnyPrismaClient, index: number, seed: number, expected: Expected): Promise<void> {
    const random = mulberry32(seed + index);
    const mine: number[] = [];
    for (let step = 0; step < STEPS; step++) {
        const choice = random();
        if (mine.length === 0 || choice < 0.35) {
            const isVideo = random() < 0.5;
            const slug = `w${index}-s${step}`;
            const row = isVideo
                ? await db.video.create({ data: { slug, url: 'u', duration: step } })
                : await db.image.create({ data: { slug, url: 'u', width: 1, height: 1 } });
            mine.push(row.id);
            expected.live.set(row.id, { model: isVideo ? 'Video' : 'Image', views: 0, ...(isVideo ? { duration: step } : {}) });
        } else if (choice < 0.6) {
            const id = mine[Math.floor(random() * mine.length)]!;
            await db.asset.update({ where: { id }, data: { viewCount: { increment: 1 } } });
            expected.live.get(id)!.views++;
        } else if (choice < 0.8) {
            const id = mine[Math.floor(random() * mine.length)]!;
            const entry = expected.live.get(id)!;
            if (entry.model === 'Video') {
                await db.video.update({ where: { id }, data: { viewCount: { increment: 1 }, duration: { increment: 1 } } });
                entry.duration!++;
            } else {
                await db.media.update({ where: { id }, data: { viewCount: { increment: 1 }, url: `u${step}` } });
            }
            entry.views++;
        } else {
            const id = mine.splice(Math.floor(random() * mine.length), 1)[0]!;
            const entry = expected.live.get(id)!;
            if (random() < 0.5) await db.asset.delete({ where: { id } });
            else if (entry.model === 'Video') await db.video.deleteMany({ where: { id } });
            else await db.image.delete({ where: { id } });
            expected.live.delete(id);
            expected.deleted.add(id);
        }
    }
}

// SQLite serializes writers, so the race this looks for only exists on PostgreSQL
const onPostgres = testDbProviders().includes('postgresql');

describe.skipIf(!onPostgres)('polymorphic writes under concurrency on postgresql', () => {
    const provider = 'postgresql' as const;
    let loaded: LoadedSchema;

    beforeAll(async () => {
        loaded = await loadSchema(HIERARCHY_SCHEMA, { provider });
    });
    afterAll(() => loaded.prisma.$disconnect());

    it(`keeps every base row paired with exactly one concrete row with ${WORKERS} concurrent workers`, async () => {
        const db = loaded.enhance(undefined, { kinds: ['delegate'] });
        const expected: Expected = { live: new Map(), deleted: new Set() };
        const seed = 20261123;
        await Promise.all(Array.from({ length: WORKERS }, (_, i) => worker(db, i, seed, expected)));

        const assets = await loaded.prisma.asset.findMany({ include: { delegate_aux_media: { include: { delegate_aux_video: true, delegate_aux_image: true } } } });
        for (const asset of assets) {
            const media = asset.delegate_aux_media;
            expect(media, `asset ${asset.id} has its media row`).not.toBeNull();
            const concrete = [media.delegate_aux_video, media.delegate_aux_image].filter(Boolean);
            expect(concrete, `asset ${asset.id} has exactly one concrete row`).toHaveLength(1);
            expect(asset.kind).toBe(media.delegate_aux_video ? 'VIDEO_KIND' : 'IMAGE_KIND');
            expect(media.mediaType).toBe(asset.kind);
        }
        expect(await loaded.prisma.media.count()).toBe(assets.length);
        expect((await loaded.prisma.video.count()) + (await loaded.prisma.image.count())).toBe(assets.length);

        // no write lost: exactly the live rows remain, each with every increment applied
        expect(new Set(assets.map((a: { id: number }) => a.id))).toEqual(new Set(expected.live.keys()));
        const rows = await db.asset.findMany();
        for (const row of rows) {
            const entry = expected.live.get(row.id)!;
            expect(row.viewCount, `views of ${row.id}`).toBe(entry.views);
            if (entry.model === 'Video') expect(row.duration).toBe(entry.duration);
        }
        expect(expected.deleted.size).toBeGreaterThan(0);
    });
});
