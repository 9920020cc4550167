import { loadSchema, testDbProviders, type LoadedSchema } from '@zenstackhq/testtools';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCHEMA = `
model User {
    id Int @id
    @@allow('all', true)
}

model Post {
    id       Int     @id @default(autoincrement())
    ownerId  Int
    title    String
    views    Int     @default(0) @allow('update', true, true)
    locked   Boolean @default(false) @deny('update', ownerId != auth().id)

    @@allow('read', true)
    @@allow('create', true)
    @@allow('update', ownerId == auth().id)
}
`;

describe.each(testDbProviders())('field update rules with override on %s', (provider) => {
    let loaded: LoadedSchema;

    beforeEach(async () => {
        loaded = await loadSchema(SCHEMA, { provider });
        await loaded.prisma.post.create({ data: { ownerId: 1, title: 't' } });
    });
    afterEach(() => loaded.prisma.$disconnect());

    it('lets anyone bump an overriding field, and nothing else', async () => {
        const stranger = loaded.enhance({ id: 2 });
        await expect(stranger.post.update({ where: { id: 1 }, data: { views: { increment: 1 } } })).resolves.toMatchObject({ views: 1 });
        await expect(stranger.post.update({ where: { id: 1 }, data: { views: 5, title: 'x' } })).toBeRejectedByPolicy();
        await expect(stranger.post.update({ where: { id: 1 }, data: { locked: true } })).toBeRejectedByPolicy();
        await expect(loaded.enhance({ id: 1 }).post.update({ where: { id: 1 }, data: { locked: true, title: 'mine' } })).resolves.toMatchObject({ locked: true, title: 'mine' });
    });
});
