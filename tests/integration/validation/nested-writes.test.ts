import { loadSchema, testDbProviders, type AnyPrismaClient, type LoadedSchema } from '@zenstackhq/testtools';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validationFailure } from './validation-error.js';

const SCHEMA = `
model User {
    id      Int      @id @default(autoincrement())
    email   String   @unique @email
    posts   Post[]
    profile Profile?
    @@allow('all', true)
}

model Profile {
    id     Int    @id @default(autoincrement())
    bio    String @length(max: 10) @trim
    user   User   @relation(fields: [userId], references: [id])
    userId Int    @unique
    @@allow('all', true)
}

model Post {
    id       Int       @id @default(autoincrement())
    title    String    @length(min: 3)
    author   User      @relation(fields: [authorId], references: [id])
    authorId Int
    comments Comment[]
    @@allow('all', true)
}

model Comment {
    id     Int    @id @default(autoincrement())
    body   String @startsWith('>') @trim
    post   Post   @relation(fields: [postId], references: [id])
    postId Int
    @@allow('all', true)
}
`;

describe.each(testDbProviders())('validation of nested writes on %s', (provider) => {
    let loaded: LoadedSchema;
    let db: AnyPrismaClient;

    beforeEach(async () => {
        loaded = await loadSchema(SCHEMA, { provider });
        db = loaded.enhance();
    });
    afterEach(() => loaded.prisma.$disconnect());

    async function expectNothingWritten() {
        expect(await loaded.prisma.user.count()).toBe(0);
        expect(await loaded.prisma.post.count()).toBe(0);
        expect(await loaded.prisma.comment.count()).toBe(0);
    }

    it('rejects a bad row created at any depth, and writes nothing', async () => {
        const failure = await validationFailure(
            db.user.create({ data: { email: 'a@b.io', posts: { create: [{ title: 'Fine', comments: { create: { body: 'no quote' } } }] } } }),
        );
        expect(failure.meta.modelName).toBe('Comment');
        expect(failure.fields).toHaveProperty('body');
        await validationFailure(db.user.create({ data: { email: 'a@b.io', posts: { createMany: { data: [{ title: 'Fine' }, { title: 'no' }] } } } }));
        await validationFailure(db.user.create({ data: { email: 'a@b.io', profile: { create: { bio: 'much too long' } } } }));
        await validationFailure(
            db.post.create({ data: { title: 'Fine', author: { connectOrCreate: { where: { email: 'x@y.io' }, create: { email: 'not an email' } } } } }),
        );
        await expectNothingWritten();
    });

    it('applies transforms in nested rows', async () => {
        const user = await db.user.create({
            data: { email: 'a@b.io', profile: { create: { bio: '  short  ' } }, posts: { create: { title: 'Post', comments: { create: [{ body: ' >hi ' }] } } } },
            include: { profile: true, posts: { include: { comments: true } } },
        });
        expect(user.profile.bio).toBe('short');
        expect(user.posts[0].comments[0].body).toBe('>hi');
    });

    it('validates nested update, updateMany and upsert data', async () => {
        const user = await db.user.create({ data: { email: 'a@b.io', profile: { create: { bio: 'bio' } }, posts: { create: { title: 'Post' } } } });
        const post = await loaded.prisma.post.findFirstOrThrow();
        await validationFailure(db.user.update({ where: { id: user.id }, data: { posts: { update: { where: { id: post.id }, data: { title: 'x' } } } } }));
        await validationFailure(db.user.update({ where: { id: user.id }, data: { posts: { updateMany: { where: {}, data: { title: 'x' } } } } }));
        await validationFailure(db.user.update({ where: { id: user.id }, data: { profile: { update: { bio: 'far too long a bio' } } } }));
        await validationFailure(db.user.update({ where: { id: user.id }, data: { profile: { update: { data: { bio: 'far too long a bio' } } } } }));
        await validationFailure(
            db.user.update({ where: { id: user.id }, data: { posts: { upsert: { where: { id: post.id }, create: { title: 'New' }, update: { title: 'x' } } } } }),
        );
        await validationFailure(
            db.user.update({ where: { id: user.id }, data: { posts: { upsert: { where: { id: 999 }, create: { title: 'x' }, update: { title: 'Good' } } } } }),
        );
        await validationFailure(
            db.post.update({ where: { id: post.id }, data: { title: 'Renamed', comments: { create: { body: 'bad' } } } }),
        );
        expect(await loaded.prisma.post.findMany()).toEqual([expect.objectContaining({ title: 'Post' })]);
        expect(await loaded.prisma.profile.findFirst()).toMatchObject({ bio: 'bio' });
        expect(await loaded.prisma.comment.count()).toBe(0);

        await expect(
            db.user.update({ where: { id: user.id }, data: { posts: { update: { where: { id: post.id }, data: { title: 'Good', comments: { create: { body: '> ok ' } } } } } } }),
        ).resolves.toBeTruthy();
        expect(await loaded.prisma.comment.findFirst()).toMatchObject({ body: '> ok' });
    });
});
