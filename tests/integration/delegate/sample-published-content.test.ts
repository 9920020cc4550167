import { loadSchema, testDbProviders, type AnyPrismaClient, type LoadedSchema } from '@zenstackhq/testtools';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// The second polymorphism sample of the documentation: publishing through the base.
const SCHEMA = `
model User {
    id       Int       @id @default(autoincrement())
    name     String
    contents Content[]
}

model Content {
    id          Int      @id @default(autoincrement())
    published   Boolean  @default(false)
    owner       User     @relation(fields: [ownerId], references: [id], onDelete: Cascade)
    ownerId     Int
    contentType String

    @@delegate(contentType)
}

model Post extends Content {
    title String
}

model Video extends Content {
    name     String
    duration Int
}
`;

describe.each(testDbProviders())('the published-content sample on %s', (provider) => {
    let loaded: LoadedSchema;
    let db: AnyPrismaClient;

    beforeEach(async () => {
        loaded = await loadSchema(SCHEMA, { provider });
        db = loaded.enhance(undefined, { kinds: ['delegate'] });
    });
    afterEach(() => loaded.prisma.$disconnect());

    it('runs the documented flow end to end', async () => {
        const user = await db.user.create({ data: { name: 'user1' } });
        const post = await db.post.create({ data: { owner: { connect: { id: user.id } }, title: 'Post1' } });
        const video = await db.video.create({ data: { owner: { connect: { id: user.id } }, name: 'Video1', duration: 100 } });

        await expect(db.post.findMany()).resolves.toEqual([{ id: post.id, published: false, ownerId: user.id, contentType: 'Post', title: 'Post1' }]);
        await expect(db.content.findMany()).resolves.toEqual([
            { id: post.id, published: false, ownerId: user.id, contentType: 'Post', title: 'Post1' },
            { id: video.id, published: false, ownerId: user.id, contentType: 'Video', name: 'Video1', duration: 100 },
        ]);

        await db.user.update({ where: { id: user.id }, data: { contents: { updateMany: { where: {}, data: { published: true } } } } });
        await expect(db.content.findMany({ select: { id: true, published: true } })).resolves.toEqual([
            { id: post.id, published: true },
            { id: video.id, published: true },
        ]);
        await expect(db.video.findFirst({ where: { published: true } })).resolves.toMatchObject({ name: 'Video1', published: true });

        await expect(db.content.deleteMany()).resolves.toEqual({ count: 2 });
        await expect(db.post.findMany()).resolves.toEqual([]);
        await expect(loaded.prisma.post.count()).resolves.toBe(0);
        await expect(loaded.prisma.video.count()).resolves.toBe(0);
    });
});
