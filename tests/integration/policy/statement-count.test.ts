import { loadSchema, testDbProviders, type AnyPrismaClient, type LoadedSchema } from '@zenstackhq/testtools';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCountingClient, type CountingClient } from '../support/counting-client.js';

const SCHEMA = `
model User {
    id          Int          @id
    memberships Membership[]
    posts       Post[]
    @@allow('all', true)
}
model Org {
    id      Int          @id
    members Membership[]
    posts   Post[]
    @@allow('all', true)
}
model Membership {
    id     Int  @id @default(autoincrement())
    user   User @relation(fields: [userId], references: [id])
    userId Int
    org    Org  @relation(fields: [orgId], references: [id])
    orgId  Int
    @@allow('all', true)
}
model Post {
    id      Int    @id @default(autoincrement())
    title   String
    owner   User   @relation(fields: [ownerId], references: [id])
    ownerId Int
    org     Org    @relation(fields: [orgId], references: [id])
    orgId   Int
    @@allow('read', auth() == owner || org.members?[user == auth()])
}
`;

const USER = 1;
// the rule above, written by hand as a Prisma filter
const BY_HAND = { OR: [{ owner: { is: { id: USER } } }, { org: { is: { members: { some: { user: { is: { id: USER } } } } } } }] };

describe.each(testDbProviders())('statements of a policy-filtered read on %s', (provider) => {
    let loaded: LoadedSchema;
    let counting: CountingClient;
    let db: AnyPrismaClient;

    const statements = async <T>(run: () => Promise<T>) => {
        counting.reset();
        const result = await run();
        return { result, count: counting.statements.length };
    };

    beforeAll(async () => {
        loaded = await loadSchema(SCHEMA, { provider });
        const raw = loaded.prisma;
        await raw.user.createMany({ data: Array.from({ length: 10 }, (_, i) => ({ id: i + 1 })) });
        await raw.org.createMany({ data: Array.from({ length: 5 }, (_, i) => ({ id: i + 1 })) });
        await raw.membership.createMany({ data: [{ userId: USER, orgId: 1 }, { userId: 2, orgId: 3 }] });
        await raw.post.createMany({ data: Array.from({ length: 200 }, (_, i) => ({ title: `p${i}`, ownerId: (i % 10) + 1, orgId: (i % 5) + 1 })) });
        counting = createCountingClient(loaded);
        db = loaded.enhanceRaw(counting.prisma, { user: { id: USER } });
    });
    afterAll(async () => {
        await counting.prisma.$disconnect();
        await loaded.prisma.$disconnect();
    });

    it('costs one statement, as the hand-written query does, and returns the same page', async () => {
        const page = { orderBy: { id: 'asc' }, skip: 10, take: 20 };
        const enhanced = await statements(() => db.post.findMany(page));
        const byHand = await statements(() => counting.prisma.post.findMany({ ...page, where: BY_HAND }));
        expect(enhanced.result).toEqual(byHand.result);
        expect(enhanced.result).toHaveLength(20);
        expect(enhanced.count).toBe(1);
        expect(byHand.count).toBe(1);
    });

    it('costs one statement for findUnique and count too', async () => {
        const target = await loaded.prisma.post.findFirst({ where: { ...BY_HAND, title: 'p100' } });
        const unique = await statements(() => db.post.findUnique({ where: { id: target.id } }));
        expect(unique.result).toEqual(target);
        expect(unique.count).toBe(1);
        const count = await statements(() => db.post.count());
        expect(count.result).toBe(await loaded.prisma.post.count({ where: BY_HAND }));
        expect(count.count).toBe(1);
    });
});
