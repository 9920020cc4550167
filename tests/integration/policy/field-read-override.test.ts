import { loadSchema, testDbProviders, type LoadedSchema } from '@zenstackhq/testtools';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCHEMA = `
model User {
    id    Int    @id
    posts Post[]
    @@allow('all', true)
}

model Post {
    id        Int     @id
    title     String  @allow('read', true, true)
    summary   String  @allow('read', published, true)
    body      String
    published Boolean @default(false)
    author    User    @relation(fields: [authorId], references: [id])
    authorId  Int

    @@allow('read', auth() == author)
    @@allow('create', true)
}
`;

describe.each(testDbProviders())('field read rules with override on %s', (provider) => {
    let loaded: LoadedSchema;

    beforeEach(async () => {
        loaded = await loadSchema(SCHEMA, { provider });
        await loaded.prisma.user.createMany({ data: [{ id: 1 }, { id: 2 }] });
        await loaded.prisma.post.createMany({
            data: [
                { id: 1, title: 'draft', summary: 's1', body: 'b1', authorId: 1 },
                { id: 2, title: 'out', summary: 's2', body: 'b2', authorId: 1, published: true },
            ],
        });
    });
    afterEach(() => loaded.prisma.$disconnect());

    it('returns rows the model rules deny with only the fields whose override passes', async () => {
        const stranger = loaded.enhance({ id: 2 });
        await expect(stranger.post.findMany({ orderBy: { id: 'asc' } })).resolves.toEqual([{ title: 'draft' }, { title: 'out', summary: 's2' }]);
        await expect(stranger.post.findUnique({ where: { id: 2 }, select: { title: true, body: true } })).resolves.toEqual({ title: 'out' });
        await expect(stranger.post.findFirst({ where: { id: 1 }, select: { body: true, author: true } })).resolves.toEqual({});
    });

    it('leaves rows the model rules allow whole, but for fields whose own rules fail', async () => {
        const author = loaded.enhance({ id: 1 });
        await expect(author.post.findUnique({ where: { id: 1 } })).resolves.toEqual({ id: 1, title: 'draft', body: 'b1', published: false, authorId: 1 });
        await expect(author.post.findUnique({ where: { id: 2 } })).resolves.toMatchObject({ summary: 's2', body: 'b2' });
        await expect(author.post.findMany({ select: { title: true }, orderBy: { id: 'asc' } })).resolves.toEqual([{ title: 'draft' }, { title: 'out' }]);
    });

    it('applies overrides to related rows too', async () => {
        const stranger = loaded.enhance({ id: 2 });
        const user = await stranger.user.findUnique({ where: { id: 1 }, include: { posts: { orderBy: { id: 'asc' } } } });
        expect(user.posts).toEqual([{ title: 'draft' }, { title: 'out', summary: 's2' }]);
    });

    it('counts only the rows the model rules allow', async () => {
        await expect(loaded.enhance({ id: 2 }).post.count()).resolves.toBe(0);
        await expect(loaded.enhance({ id: 1 }).post.count()).resolves.toBe(2);
    });
});
