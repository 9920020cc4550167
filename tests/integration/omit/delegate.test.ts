import { loadSchema, testDbProviders, type AnyPrismaClient, type LoadedSchema } from '@zenstackhq/testtools';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCHEMA = `
model User {
    id       Int       @id @default(autoincrement())
    contents Content[]

    @@allow('all', true)
}

model Content {
    id      Int    @id @default(autoincrement())
    secret  String @omit
    owner   User   @relation(fields: [ownerId], references: [id])
    ownerId Int
    type    String

    @@delegate(type)
    @@allow('all', true)
}

model Post extends Content {
    title     String
    draftNote String @omit
}

model Video extends Content {
    duration Int
}
`;

describe.each(testDbProviders())('@omit with polymorphic models on %s', (provider) => {
    let loaded: LoadedSchema;
    let db: AnyPrismaClient;
    let ownerId: number;

    beforeEach(async () => {
        loaded = await loadSchema(SCHEMA, { provider });
        db = loaded.enhance();
        ownerId = (await db.user.create({ data: {} })).id;
        await db.post.create({ data: { ownerId, secret: 's1', title: 'T', draftNote: 'n' } });
        await db.video.create({ data: { ownerId, secret: 's2', duration: 3 } });
    });
    afterEach(() => loaded.prisma.$disconnect());

    it('leaves an inherited @omit field out of a sub model’s rows', async () => {
        const post = await db.post.findFirstOrThrow();
        expect(post).toMatchObject({ title: 'T', type: 'Post' });
        expect(post).not.toHaveProperty('secret');
        expect(post).not.toHaveProperty('draftNote');
        expect(await db.video.findFirstOrThrow()).not.toHaveProperty('secret');
    });

    it('leaves the base’s and the sub models’ @omit fields out of a base read', async () => {
        const contents = await db.content.findMany({ orderBy: { id: 'asc' } });
        expect(contents).toEqual([
            { id: expect.any(Number), ownerId, type: 'Post', title: 'T' },
            { id: expect.any(Number), ownerId, type: 'Video', duration: 3 },
        ]);
        const owner = await db.user.findFirstOrThrow({ include: { contents: true } });
        expect(owner.contents.map((c: object) => Object.keys(c).sort())).toEqual([
            ['id', 'ownerId', 'title', 'type'],
            ['duration', 'id', 'ownerId', 'type'],
        ]);
    });

    it('returns inherited @omit fields when asked for', async () => {
        expect(await db.post.findFirst({ select: { secret: true, draftNote: true } })).toEqual({ secret: 's1', draftNote: 'n' });
        expect(await db.post.findFirst({ omit: { secret: false } })).toMatchObject({ secret: 's1' });
        expect(await db.post.findFirst({ omit: { secret: false } })).not.toHaveProperty('draftNote');
        expect(await db.content.findFirst({ select: { secret: true } })).toEqual({ secret: 's1' });
    });

    it('leaves them out of what writes of a sub model return', async () => {
        const created = await db.post.create({ data: { ownerId, secret: 's3', title: 'U', draftNote: 'm' } });
        expect(created).toEqual({ id: expect.any(Number), ownerId, type: 'Post', title: 'U' });
        expect(await db.post.update({ where: { id: created.id }, data: { secret: 's4' } })).not.toHaveProperty('secret');
        expect(await db.content.update({ where: { id: created.id }, data: { secret: 's5' } })).not.toHaveProperty('draftNote');
        expect(await db.content.delete({ where: { id: created.id } })).toEqual({ id: created.id, ownerId, type: 'Post', title: 'U' });
    });
});
