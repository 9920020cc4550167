import { loadSchema, testDbProviders, type AnyPrismaClient, type LoadedSchema } from '@zenstackhq/testtools';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HIERARCHY_SCHEMA } from './hierarchy-fixture.js';

// ZenStack v2 documents these as unsupported (v2 #1716): aggregating inherited fields of a sub model.
describe.each(testDbProviders())('count, aggregate and groupBy on polymorphic models on %s', (provider) => {
    let loaded: LoadedSchema;
    let db: AnyPrismaClient;

    beforeEach(async () => {
        loaded = await loadSchema(HIERARCHY_SCHEMA, { provider });
        db = loaded.enhance(undefined, { kinds: ['delegate'] });
        const user = await db.user.create({ data: { email: 'u@x.io' } });
        for (const [title, published, score] of [['a', true, 5], ['b', true, 7], ['c', false, 1]] as const) {
            await db.article.create({ data: { title, published, score, ownerId: user.id } });
        }
        await db.note.create({ data: { body: 'n', published: true, score: 100, ownerId: user.id } });
    });
    afterEach(() => loaded.prisma.$disconnect());

    it('counts a sub model filtered on base fields', async () => {
        await expect(db.article.count({ where: { published: true } })).resolves.toBe(2);
        await expect(db.article.count({ where: { published: true, title: { not: 'a' } } })).resolves.toBe(1);
        await expect(db.content.count({ where: { published: true } })).resolves.toBe(3);
        await expect(db.article.count({ select: { _all: true, title: true, authorId: true, score: true } })).resolves.toEqual({ _all: 3, title: 3, authorId: 0, score: 3 });
    });

    it('aggregates inherited and own fields of a sub model together', async () => {
        await expect(db.article.aggregate({ _sum: { score: true }, _max: { title: true }, _count: { _all: true } })).resolves.toEqual({
            _sum: { score: 13 },
            _max: { title: 'c' },
            _count: { _all: 3 },
        });
        await expect(db.article.aggregate({ where: { published: true }, _avg: { score: true }, _min: { score: true } })).resolves.toEqual({
            _avg: { score: 6 },
            _min: { score: 5 },
        });
        await expect(db.article.aggregate({ orderBy: { score: 'desc' }, take: 2, _sum: { score: true } })).resolves.toEqual({ _sum: { score: 12 } });
    });

    it('groups a sub model by inherited fields, and by inherited and own fields together', async () => {
        await expect(db.article.groupBy({ by: ['published'], _sum: { score: true }, orderBy: { published: 'asc' } })).resolves.toEqual([
            { published: false, _sum: { score: 1 } },
            { published: true, _sum: { score: 12 } },
        ]);
        const mixed = await db.article.groupBy({
            by: ['published', 'title'],
            _count: { _all: true },
            having: { score: { _sum: { gt: 4 } } },
            orderBy: [{ title: 'asc' }],
        });
        expect(mixed).toEqual([
            { published: true, title: 'a', _count: { _all: 1 } },
            { published: true, title: 'b', _count: { _all: 1 } },
        ]);
        await expect(db.content.groupBy({ by: ['type'], _count: { _all: true }, orderBy: { type: 'asc' } })).resolves.toEqual([
            { type: 'Article', _count: { _all: 3 } },
            { type: 'Note', _count: { _all: 1 } },
        ]);
    });
});
