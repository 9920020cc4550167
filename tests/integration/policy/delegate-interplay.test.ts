import { loadSchema, testDbProviders, type LoadedSchema } from '@zenstackhq/testtools';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCHEMA = `
model User {
    id       Int       @id
    contents Content[]
    @@allow('all', true)
}

model Content {
    id        Int     @id @default(autoincrement())
    owner     User    @relation(fields: [ownerId], references: [id])
    ownerId   Int     @default(auth().id)
    published Boolean @default(false)
    type      String

    @@delegate(type)
    @@allow('read', published || auth() == owner)
    @@allow('create,update,delete', auth() == owner)
}

model Post extends Content {
    title String
    @@deny('update', title == 'locked')
}

model Video extends Content {
    duration Int
    @@deny('read', duration > 100)
}
`;

describe.each(testDbProviders())('access policies on polymorphic models on %s', (provider) => {
    let loaded: LoadedSchema;

    beforeEach(async () => {
        loaded = await loadSchema(SCHEMA, { provider });
        await loaded.prisma.user.createMany({ data: [{ id: 1 }, { id: 2 }] });
    });
    afterEach(() => loaded.prisma.$disconnect());

    it('gives sub models the base rules, and checks them when base fields are written through a sub model', async () => {
        const owner = loaded.enhance({ id: 1 });
        const other = loaded.enhance({ id: 2 });
        const post = await owner.post.create({ data: { title: 'p' } });
        expect(post).toMatchObject({ ownerId: 1, type: 'Post', published: false });
        await expect(other.post.findUnique({ where: { id: post.id } })).resolves.toBeNull();
        // v2 #1710/#1770: a base field written through the sub model is checked with the base's rules
        await expect(other.post.update({ where: { id: post.id }, data: { published: true } })).toBeRejectedByPolicy();
        await expect(owner.post.update({ where: { id: post.id }, data: { published: true } })).resolves.toMatchObject({ published: true });
        await expect(other.content.findMany()).resolves.toEqual([expect.objectContaining({ id: post.id, title: 'p' })]);
        await expect(other.post.create({ data: { title: 'x', ownerId: 1 } })).toBeRejectedByPolicy();
        expect(await loaded.prisma.post.count()).toBe(1);
    });

    it('applies a sub model’s own rules', async () => {
        const owner = loaded.enhance({ id: 1 });
        const post = await owner.post.create({ data: { title: 'locked' } });
        await expect(owner.post.update({ where: { id: post.id }, data: { published: true } })).toBeRejectedByPolicy();
        await owner.video.create({ data: { duration: 500, published: true } }).catch(() => undefined);
        await expect(loaded.enhance({ id: 2 }).video.findMany()).resolves.toEqual([]);
    });

    it('reads a base with each concrete model’s own rules over its fields', async () => {
        const owner = loaded.enhance({ id: 1 });
        await owner.video.create({ data: { duration: 50, published: true } });
        await owner.video.create({ data: { duration: 500, published: true } }).catch(() => undefined);
        const contents = await loaded.enhance({ id: 2 }).content.findMany({ orderBy: { id: 'asc' } });
        // the long video is a published Content, but its Video rules hide the video fields
        expect(contents.map((c: { duration?: number; type: string }) => [c.type, c.duration])).toEqual([
            ['Video', 50],
            ['Video', undefined],
        ]);
    });
});
