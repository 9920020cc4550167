import { loadSchema, testDbProviders } from '@zenstackhq/testtools';
import { describe, expect, it } from 'vitest';

describe.each(testDbProviders())('a schema spread over files on %s', (provider) => {
    it('works with models imported from other files', async () => {
        const { prisma, enhance, modelMeta } = await loadSchema(
            `
            import './models/user'
            import './models/post'
            `,
            {
                provider,
                extraFiles: {
                    'models/user.zmodel': `
                        import './post'
                        model User {
                            id    Int    @id @default(autoincrement())
                            name  String
                            posts Post[]
                        }
                    `,
                    'models/post.zmodel': `
                        import './user'
                        import '../shared/base'
                        model Post extends Timestamped {
                            id       Int    @id @default(autoincrement())
                            author   User   @relation(fields: [authorId], references: [id])
                            authorId Int
                        }
                    `,
                    'shared/base.zmodel': `
                        abstract model Timestamped {
                            createdAt DateTime @default(now())
                        }
                    `,
                },
            },
        );
        try {
            expect(Object.keys(modelMeta.models).sort()).toEqual(['Post', 'User']);
            const db = enhance(undefined, { kinds: ['delegate'] });
            const user = await db.user.create({ data: { name: 'Ann', posts: { create: {} } } });
            await expect(db.user.findUnique({ where: { id: user.id } }).posts()).resolves.toMatchObject([{ authorId: user.id }]);
            await expect(db.post.findFirst()).resolves.toHaveProperty('createdAt', expect.any(Date));
        } finally {
            await prisma.$disconnect();
        }
    });
});
