import { loadSchema, testDbProviders, type AnyPrismaClient, type LoadedSchema } from '@zenstackhq/testtools';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { POLYMORPHIC_TYPED_JSON_SCHEMA } from './typed-json-fixture.js';

const at = new Date('2024-03-04T05:06:07.000Z');

describe.each(testDbProviders())('typed JSON on polymorphic models on %s', (provider) => {
    let loaded: LoadedSchema;
    let db: AnyPrismaClient;

    beforeEach(async () => {
        loaded = await loadSchema(POLYMORPHIC_TYPED_JSON_SCHEMA, { provider });
        db = loaded.enhance();
    });
    afterEach(() => loaded.prisma.$disconnect());

    it('revives dates in inherited and sub model fields, read through the sub model or the base', async () => {
        const created = await db.post.create({ data: { meta: { publishedAt: at }, extra: { publishedAt: at } } });
        expect(created.meta.publishedAt).toEqual(at);
        expect((await db.post.findFirstOrThrow()).extra.publishedAt).toEqual(at);
        const [content] = await db.content.findMany();
        expect(content).toMatchObject({ type: 'Post', meta: { publishedAt: at }, extra: { publishedAt: at } });
        expect(content.extra.publishedAt).toBeInstanceOf(Date);
    });
});
