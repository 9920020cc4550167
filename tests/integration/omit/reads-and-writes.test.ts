import { loadSchema, testDbProviders, type AnyPrismaClient, type LoadedSchema } from '@zenstackhq/testtools';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCHEMA = `
model User {
    id       Int    @id @default(autoincrement())
    email    String @unique
    password String @omit
    posts    Post[]

    @@allow('all', true)
}

model Post {
    id      Int    @id @default(autoincrement())
    title   String
    secret  String @omit
    owner   User   @relation(fields: [ownerId], references: [id])
    ownerId Int

    @@allow('all', true)
}
`;

describe.each(testDbProviders())('@omit on %s', (provider) => {
    let loaded: LoadedSchema;
    let db: AnyPrismaClient;
    let userId: number;

    beforeEach(async () => {
        loaded = await loadSchema(SCHEMA, { provider });
        db = loaded.enhance();
        const user = await loaded.prisma.user.create({ data: { email: 'a@x.io', password: 'hash', posts: { create: [{ title: 'P', secret: 's' }] } } });
        userId = user.id;
    });
    afterEach(() => loaded.prisma.$disconnect());

    it('leaves the field out of every kind of read', async () => {
        expect(await db.user.findUnique({ where: { id: userId } })).toEqual({ id: userId, email: 'a@x.io' });
        expect(await db.user.findUniqueOrThrow({ where: { id: userId } })).not.toHaveProperty('password');
        expect(await db.user.findFirst()).not.toHaveProperty('password');
        expect(await db.user.findFirstOrThrow()).not.toHaveProperty('password');
        expect(await db.user.findMany()).toEqual([{ id: userId, email: 'a@x.io' }]);
    });

    it('leaves it out of nested include and select results and the fluent API', async () => {
        const withPosts = await db.user.findFirstOrThrow({ include: { posts: true } });
        expect(withPosts).not.toHaveProperty('password');
        expect(withPosts.posts[0]).toEqual({ id: expect.any(Number), title: 'P', ownerId: userId });
        const selected = await db.user.findFirstOrThrow({ select: { email: true, posts: true } });
        expect(selected.posts[0]).not.toHaveProperty('secret');
        const post = await db.post.findFirstOrThrow({ include: { owner: { include: { posts: { where: { title: 'P' } } } } } });
        expect(post).not.toHaveProperty('secret');
        expect(post.owner).not.toHaveProperty('password');
        expect(post.owner.posts[0]).not.toHaveProperty('secret');
        expect(await db.user.findUnique({ where: { id: userId } }).posts()).toEqual([expect.not.objectContaining({ secret: 's' })]);
        expect(await db.post.findFirst().owner()).toEqual({ id: userId, email: 'a@x.io' });
    });

    it('asks Prisma to omit the field, so it never leaves the database', async () => {
        const seen: unknown[] = [];
        const recording = loaded.prisma.$extends({
            query: { $allOperations: ({ args, query }: { args: unknown; query: (a: unknown) => Promise<unknown> }) => (seen.push(args), query(args)) },
        });
        await loaded.enhanceRaw(recording, {}, { kinds: ['omit'] }).user.findMany({ include: { posts: true } });
        expect(seen).toEqual([{ include: { posts: { omit: { secret: true } } }, omit: { password: true } }]);
    });

    it('returns the field when the caller selects it or un-omits it', async () => {
        expect(await db.user.findFirst({ select: { password: true } })).toEqual({ password: 'hash' });
        expect(await db.user.findFirst({ omit: { password: false } })).toMatchObject({ password: 'hash' });
        expect(await db.user.findFirst({ omit: { email: true } })).toEqual({ id: userId });
        const nested = await db.user.findFirstOrThrow({ include: { posts: { omit: { secret: false } } } });
        expect(nested.posts[0].secret).toBe('s');
        expect(await db.user.findUnique({ where: { id: userId } }).posts({ select: { secret: true } })).toEqual([{ secret: 's' }]);
    });

    it('leaves it out of what writes return', async () => {
        const created = await db.user.create({ data: { email: 'b@x.io', password: 'h2', posts: { create: { title: 'Q', secret: 't' } } }, include: { posts: true } });
        expect(created).not.toHaveProperty('password');
        expect(created.posts[0]).not.toHaveProperty('secret');
        expect(await db.user.update({ where: { id: created.id }, data: { password: 'h3' } })).toEqual({ id: created.id, email: 'b@x.io' });
        expect(await db.user.upsert({ where: { id: created.id }, create: { email: 'c@x.io', password: 'x' }, update: {} })).not.toHaveProperty('password');
        const many = await db.post.createManyAndReturn({ data: [{ title: 'R', secret: 'u', ownerId: userId }] });
        expect(many[0]).not.toHaveProperty('secret');
        const updated = await db.post.updateManyAndReturn({ where: { title: 'R' }, data: { title: 'S' } });
        expect(updated[0]).not.toHaveProperty('secret');
        expect(await db.post.delete({ where: { id: many[0].id } })).not.toHaveProperty('secret');
        expect(await loaded.prisma.user.findUnique({ where: { id: created.id } })).toMatchObject({ password: 'h3' });
    });

    it('does not change the caller’s arguments', async () => {
        const args = { include: { posts: true } };
        await db.user.findMany(args);
        expect(args).toEqual({ include: { posts: true } });
    });

    it('applies without the other enhancements too', async () => {
        const omitOnly = loaded.enhance(undefined, { kinds: ['omit'] });
        expect(await omitOnly.user.findFirst()).toEqual({ id: userId, email: 'a@x.io' });
        const noOmit = loaded.enhance(undefined, { kinds: ['policy'] });
        expect(await noOmit.user.findFirst()).toMatchObject({ password: 'hash' });
    });
});
