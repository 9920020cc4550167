import { loadSchema, testDbProviders, type AnyPrismaClient, type LoadedSchema } from '@zenstackhq/testtools';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCHEMA = `
model User {
    id      Int      @id
    posts   Post[]
    profile Profile?
    @@allow('all', true)
}

model Profile {
    id     Int    @id @default(autoincrement())
    bio    String
    user   User   @relation(fields: [userId], references: [id])
    userId Int    @unique
    @@allow('read', true)
    @@allow('create,update,delete', auth() == user)
}

model Post {
    id       Int       @id @default(autoincrement())
    title    String
    author   User      @relation(fields: [authorId], references: [id])
    authorId Int
    tags     Tag[]
    @@allow('read', true)
    @@allow('create', auth() == author && title != 'bad')
    @@allow('update', auth() == author)
    @@allow('delete', auth() == author && title != 'keep')
}

model Tag {
    id     Int    @id @default(autoincrement())
    name   String
    post   Post?  @relation(fields: [postId], references: [id])
    postId Int?
    @@allow('read', true)
    @@allow('create', name != 'bad')
    @@allow('update', post == null || auth() == post.author)
}
`;

describe.each(testDbProviders())('nested writes under access policies on %s', (provider) => {
    let loaded: LoadedSchema;
    let asOne: AnyPrismaClient;
    let asTwo: AnyPrismaClient;
    const counts = async () => ({ posts: await loaded.prisma.post.count(), tags: await loaded.prisma.tag.count(), profiles: await loaded.prisma.profile.count() });

    beforeEach(async () => {
        loaded = await loadSchema(SCHEMA, { provider });
        await loaded.prisma.user.createMany({ data: [{ id: 1 }, { id: 2 }] });
        asOne = loaded.enhance({ id: 1 });
        asTwo = loaded.enhance({ id: 2 });
    });
    afterEach(() => loaded.prisma.$disconnect());

    it('checks nested creates at every level and rolls back everything on a rejection', async () => {
        const post = await asOne.post.create({ data: { title: 'p', authorId: 1, tags: { create: [{ name: 'a' }, { name: 'b' }] } }, include: { tags: true } });
        expect(post.tags.map((t: { name: string }) => t.name).sort()).toEqual(['a', 'b']);
        await expect(asOne.post.create({ data: { title: 'p2', authorId: 1, tags: { create: [{ name: 'ok' }, { name: 'bad' }] } } })).toBeRejectedByPolicy();
        await expect(asOne.user.update({ where: { id: 1 }, data: { posts: { create: { title: 'bad' } } } })).toBeRejectedByPolicy();
        await expect(asTwo.user.update({ where: { id: 1 }, data: { posts: { create: { title: 'x' } } } })).toBeRejectedByPolicy();
        expect(await counts()).toEqual({ posts: 1, tags: 2, profiles: 0 });
        await asOne.user.update({ where: { id: 1 }, data: { posts: { create: { title: 'via user' } }, profile: { create: { bio: 'hi' } } } });
        expect(await counts()).toEqual({ posts: 2, tags: 2, profiles: 1 });
    });

    it('checks nested updates, deletes and connects against the related rows', async () => {
        const post = await asOne.post.create({ data: { title: 'keep', authorId: 1, tags: { create: [{ name: 'a' }] } } });
        const free = await loaded.prisma.tag.create({ data: { name: 'free' } });
        await expect(asTwo.user.update({ where: { id: 1 }, data: { posts: { update: { where: { id: post.id }, data: { title: 'x' } } } } })).toBeRejectedByPolicy();
        await asOne.user.update({ where: { id: 1 }, data: { posts: { update: { where: { id: post.id }, data: { tags: { connect: { id: free.id } } } } } } });
        await expect(loaded.prisma.tag.findUnique({ where: { id: free.id } })).resolves.toMatchObject({ postId: post.id });
        await expect(asOne.user.update({ where: { id: 1 }, data: { posts: { delete: { id: post.id } } } })).toBeRejectedByPolicy();
        await asOne.user.update({ where: { id: 1 }, data: { posts: { updateMany: { where: {}, data: { title: 'gone' } } } } });
        await asOne.user.update({ where: { id: 1 }, data: { posts: { deleteMany: {} } } });
        expect(await counts()).toMatchObject({ posts: 0 });
        // another user's profile can't be created or written through a relation
        await expect(asTwo.user.update({ where: { id: 1 }, data: { profile: { create: { bio: 'not mine' } } } })).toBeRejectedByPolicy();
    });

    it('runs a nested set as updates of the unlinked and the linked rows, all or nothing', async () => {
        const post = await asOne.post.create({ data: { title: 'p', authorId: 1, tags: { create: [{ name: 'a' }, { name: 'b' }] } } });
        const free = await loaded.prisma.tag.create({ data: { name: 'free' } });
        const tagsOf = async () => (await loaded.prisma.tag.findMany({ where: { postId: post.id }, orderBy: { name: 'asc' } })).map((t: { name: string }) => t.name);

        await asOne.post.update({ where: { id: post.id }, data: { tags: { set: [{ id: free.id }] } } });
        expect(await tagsOf()).toEqual(['free']);

        // user 2 may not update tags of user 1's post: unlinking them is refused, and nothing changes
        const other = await asTwo.post.create({ data: { title: 'q', authorId: 2 } });
        const loose = await loaded.prisma.tag.findFirst({ where: { name: 'a' } });
        await expect(asTwo.post.update({ where: { id: other.id }, data: { tags: { set: [{ id: free.id }] } } })).toBeRejectedByPolicy();
        expect(await tagsOf()).toEqual(['free']);
        await asTwo.post.update({ where: { id: other.id }, data: { tags: { set: [{ id: loose.id }] } } });
        await expect(loaded.prisma.tag.findUnique({ where: { id: loose.id } })).resolves.toMatchObject({ postId: other.id });

        await asOne.post.update({ where: { id: post.id }, data: { tags: { set: [] } } });
        expect(await tagsOf()).toEqual([]);
    });
});
