import { loadSchema, testDbProviders, type LoadedSchema } from '@zenstackhq/testtools';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCHEMA = `
model User {
    id       Int       @id @default(autoincrement())
    contents Content[]

    @@allow('all', true)
}

model Content {
    id      Int    @id @default(autoincrement())
    owner   User   @relation(fields: [ownerId], references: [id])
    ownerId Int    @default(auth().id)
    type    String

    @@delegate(type)
    @@allow('all', true)
}

model Post extends Content {
    title String
}
`;

describe.each(testDbProviders())('@default(auth().x) on a polymorphic base on %s', (provider) => {
    let loaded: LoadedSchema;
    let userId: number;

    beforeEach(async () => {
        loaded = await loadSchema(SCHEMA, { provider });
        userId = (await loaded.prisma.user.create({ data: {} })).id;
    });
    afterEach(() => loaded.prisma.$disconnect());

    it('fills the inherited field from the current user when a sub model is created', async () => {
        const post = await loaded.enhance({ id: userId }).post.create({ data: { title: 'T' } });
        expect(post).toMatchObject({ ownerId: userId, type: 'Post' });
        expect(await loaded.prisma.content.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({ ownerId: userId });
    });

    it('fills it in each row of a createManyAndReturn', async () => {
        const db = loaded.enhance({ id: userId });
        const created = await db.post.createManyAndReturn({ data: [{ title: 'A' }, { title: 'B' }] });
        expect(created.map((p: { ownerId: number }) => p.ownerId)).toEqual([userId, userId]);
    });

    // the default belongs to the schema, like @default(now()): it does not depend on the policy layer
    it('fills it without the policy enhancement', async () => {
        const db = loaded.enhance({ id: userId }, { kinds: ['delegate'] });
        expect(await db.post.create({ data: { title: 'T' } })).toMatchObject({ ownerId: userId, title: 'T' });
        expect(await db.post.upsert({ where: { id: 999 }, create: { title: 'U' }, update: {} })).toMatchObject({ ownerId: userId, title: 'U' });
    });

    it('leaves the field to the data when there is no user', async () => {
        await expect(loaded.enhance(undefined, { kinds: ['delegate'] }).post.create({ data: { title: 'T' } })).rejects.toThrow();
    });

    it('keeps a value the data gives', async () => {
        const other = await loaded.prisma.user.create({ data: {} });
        const post = await loaded.enhance({ id: userId }).post.create({ data: { title: 'T', ownerId: other.id } });
        expect(post.ownerId).toBe(other.id);
    });
});
