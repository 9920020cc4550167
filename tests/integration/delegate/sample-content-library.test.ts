import { loadSchema, testDbProviders, type AnyPrismaClient, type LoadedSchema } from '@zenstackhq/testtools';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// The first polymorphism sample of the documentation: a user owns posts, images and videos.
const SCHEMA = `
model User {
    id       Int       @id @default(autoincrement())
    email    String    @unique
    contents Content[]
}

model Content {
    id        Int      @id @default(autoincrement())
    createdAt DateTime @default(now())
    owner     User     @relation(fields: [ownerId], references: [id])
    ownerId   Int
    viewCount Int      @default(0)
    type      String

    @@delegate(type)
}

model Post extends Content {
    title String
}

model Image extends Content {
    format String
}

model Video extends Content {
    name     String
    duration Int
}
`;

describe.each(testDbProviders())('the content library sample on %s', (provider) => {
    let loaded: LoadedSchema;
    let db: AnyPrismaClient;

    beforeEach(async () => {
        loaded = await loadSchema(SCHEMA, { provider });
        db = loaded.enhance(undefined, { kinds: ['delegate'] });
    });
    afterEach(() => loaded.prisma.$disconnect());

    it('runs the documented flow end to end', async () => {
        const user = await db.user.create({ data: { email: 'u1@example.com' } });
        expect(user).toEqual({ id: user.id, email: 'u1@example.com' });

        const post = await db.post.create({ data: { ownerId: user.id, title: 'Post1' } });
        expect(post).toEqual({ id: post.id, createdAt: expect.any(Date), ownerId: user.id, viewCount: 0, type: 'Post', title: 'Post1' });
        const video = await db.video.create({ data: { ownerId: user.id, name: 'Video1', duration: 100 } });
        expect(video).toMatchObject({ type: 'Video', name: 'Video1', duration: 100, viewCount: 0, ownerId: user.id });

        const withContents = await db.user.findFirstOrThrow({ include: { contents: true } });
        expect(withContents.contents).toEqual([
            { id: post.id, createdAt: post.createdAt, ownerId: user.id, viewCount: 0, type: 'Post', title: 'Post1' },
            { id: video.id, createdAt: video.createdAt, ownerId: user.id, viewCount: 0, type: 'Video', name: 'Video1', duration: 100 },
        ]);

        const content = await db.content.findFirstOrThrow();
        expect(content).toEqual({ id: post.id, createdAt: post.createdAt, ownerId: user.id, viewCount: 0, type: 'Post', title: 'Post1' });

        await expect(db.video.deleteMany()).resolves.toEqual({ count: 1 });
        await expect(db.content.findMany()).resolves.toEqual([post]);
        await expect(loaded.prisma.video.count()).resolves.toBe(0);
        await expect(loaded.prisma.content.count()).resolves.toBe(1);
    });
});
