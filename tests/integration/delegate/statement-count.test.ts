import { loadSchema, testDbProviders, type AnyPrismaClient, type LoadedSchema } from '@zenstackhq/testtools';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCountingClient, type CountingClient } from '../support/counting-client.js';

const SCHEMA = `
model Content {
    id        Int    @id @default(autoincrement())
    viewCount Int
    type      String
    @@delegate(type)
}
model Post extends Content { title String }
model Image extends Content { format String }
model Video extends Content { duration Int }
model Audio extends Content { bitrate Int }
`;

const KINDS = ['post', 'image', 'video', 'audio'] as const;
const dataFor = (kind: (typeof KINDS)[number], i: number) =>
    ({ post: { title: `p${i}` }, image: { format: `f${i}` }, video: { duration: i }, audio: { bitrate: i } })[kind];

describe.each(testDbProviders())('a page of a polymorphic base on %s', (provider) => {
    let loaded: LoadedSchema;
    let counting: CountingClient;
    let db: AnyPrismaClient;

    const seed = async (from: number, to: number) => {
        for (let i = from; i < to; i++) {
            const kind = KINDS[i % KINDS.length]!;
            await db[kind].create({ data: { viewCount: (i * 7919) % 1000, ...dataFor(kind, i) } });
        }
    };
    const statementsFor = async (args: object) => {
        counting.reset();
        const rows = await db.content.findMany(args);
        return { rows, count: counting.statements.length };
    };

    beforeAll(async () => {
        loaded = await loadSchema(SCHEMA, { provider });
        counting = createCountingClient(loaded);
        db = loaded.enhanceRaw(counting.prisma, undefined, { kinds: ['delegate'] });
        await seed(0, 40);
    });
    afterAll(async () => {
        await counting.prisma.$disconnect();
        await loaded.prisma.$disconnect();
    });

    it('returns the right rows in the right order across the sub models', async () => {
        const { rows } = await statementsFor({ orderBy: [{ viewCount: 'desc' }, { id: 'asc' }], skip: 5, take: 20 });
        const expected = (await loaded.prisma.content.findMany({ orderBy: [{ viewCount: 'desc' }, { id: 'asc' }], skip: 5, take: 20 })) as { id: number; type: string }[];
        expect(rows.map((r: { id: number }) => r.id)).toEqual(expected.map((r) => r.id));
        expect(new Set(rows.map((r: { type: string }) => r.type))).toEqual(new Set(['Post', 'Image', 'Video', 'Audio']));
        for (const row of rows) expect(Object.keys(row)).toContain({ Post: 'title', Image: 'format', Video: 'duration', Audio: 'bitrate' }[row.type as string]);
    });

    it('issues the same number of statements whatever the page size and row count', async () => {
        const small = await statementsFor({ orderBy: { viewCount: 'asc' }, take: 5 });
        const large = await statementsFor({ orderBy: { viewCount: 'asc' }, take: 20 });
        await seed(40, 200);
        const moreRows = await statementsFor({ orderBy: { viewCount: 'asc' }, skip: 100, take: 20 });
        expect(small.rows).toHaveLength(5);
        expect(moreRows.rows).toHaveLength(20);
        // the base table, then one batched statement per sub model table
        expect(small.count).toBe(1 + KINDS.length);
        expect(large.count).toBe(small.count);
        expect(moreRows.count).toBe(small.count);
    });

    it('reads a concrete model filtered on a base field with its base row joined in', async () => {
        counting.reset();
        const posts = await db.post.findMany({ where: { viewCount: { gt: 100 } }, orderBy: { id: 'asc' } });
        expect(posts.length).toBeGreaterThan(0);
        for (const post of posts) expect(post).toMatchObject({ type: 'Post', title: expect.any(String), viewCount: expect.any(Number) });
        // the sub model's rows, then their base rows
        expect(counting.statements).toHaveLength(2);
    });

    it('counts and aggregates base fields of a concrete model in one statement on the base table, as by hand', async () => {
        const byHand = { type: 'Post', viewCount: { gt: 100 } };
        counting.reset();
        const count = await db.post.count({ where: { viewCount: { gt: 100 } } });
        const aggregate = await db.post.aggregate({ where: { viewCount: { gt: 100 } }, _count: true, _avg: { viewCount: true }, _max: { viewCount: true } });
        const counted = await db.post.count({ where: { viewCount: { gt: 100 } }, select: { _all: true, viewCount: true } });
        expect(counting.statements).toHaveLength(3);
        // no join: the discriminator says which base rows are posts
        for (const sql of counting.statements) expect(sql).not.toMatch(/"Post"|`Post`/);
        expect(count).toBe(await loaded.prisma.content.count({ where: byHand }));
        expect(aggregate).toEqual(await loaded.prisma.content.aggregate({ where: byHand, _count: true, _avg: { viewCount: true }, _max: { viewCount: true } }));
        expect(counted).toEqual(await loaded.prisma.content.count({ where: byHand, select: { _all: true, viewCount: true } }));
        // with an own field too, each table answers for its own fields
        const mixed = await db.post.aggregate({ where: { viewCount: { gt: 100 } }, _count: { _all: true, title: true }, _max: { viewCount: true } });
        expect(mixed).toEqual({ _count: { _all: count, title: count }, _max: aggregate._max });
    });
});

// with Prisma's relationJoins preview (opt-in: see relation-joins.ts), PostgreSQL joins the
// sub model tables into the base's query
const WITH_RELATION_JOINS = `${SCHEMA}
plugin prisma {
    provider      = '@core/prisma'
    relationJoins = true
}
`;

describe.runIf(testDbProviders().includes('postgresql'))('a page of a polymorphic base with relationJoins on postgresql', () => {
    let loaded: LoadedSchema;
    let counting: CountingClient;
    let db: AnyPrismaClient;

    beforeAll(async () => {
        loaded = await loadSchema(WITH_RELATION_JOINS, { provider: 'postgresql' });
        counting = createCountingClient(loaded);
        db = loaded.enhanceRaw(counting.prisma, undefined, { kinds: ['delegate'] });
        for (let i = 0; i < 40; i++) {
            const kind = KINDS[i % KINDS.length]!;
            await db[kind].create({ data: { viewCount: (i * 7919) % 1000, ...dataFor(kind, i) } });
        }
    });
    afterAll(async () => {
        await counting.prisma.$disconnect();
        await loaded.prisma.$disconnect();
    });

    it('reads the page, merged across the sub models, in one statement', async () => {
        counting.reset();
        const page = await db.content.findMany({ orderBy: [{ viewCount: 'desc' }, { id: 'asc' }], skip: 5, take: 20 });
        expect(counting.statements).toHaveLength(1);
        const expected = await loaded.prisma.content.findMany({ orderBy: [{ viewCount: 'desc' }, { id: 'asc' }], skip: 5, take: 20 });
        expect(page.map((r: { id: number }) => r.id)).toEqual(expected.map((r: { id: number }) => r.id));
        for (const row of page) expect(Object.keys(row)).toContain({ Post: 'title', Image: 'format', Video: 'duration', Audio: 'bitrate' }[row.type as string]);
    });
});
