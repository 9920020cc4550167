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
    orgId    Int
    comments Comment[]
    @@allow('read', auth() == owner || org.members?[user == auth()])
    @@allow('create,update', auth() == owner)
    @@deny('update', future().ownerId != ownerId)
}
model Comment {
    id     Int    @id @default(autoincrement())
    text   String
    post   Post   @relation(fields: [postId], references: [id])
    postId Int
    @@allow('all', auth() != null)
}
`;

const USER = 1;
// the rule above, written by hand as a Prisma filter
const BY_HAND = { OR: [{ owner: { is: { id: USER } } }, { org: { is: { members: { some: { user: { is: { id: USER } } } } } } }] };

describe.each(testDbProviders())('statements of policy-checked operations on %s', (provider) => {
    let loaded: LoadedSchema;
    let counting: CountingClient;
    let db: AnyPrismaClient;

    const statements = async <T>(run: () => Promise<T>) => {
        counting.reset();
        const result = await run();
        // a transaction's BEGIN/COMMIT are statements too
        return { result, count: counting.statements.length, sql: [...counting.statements] };
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

    it('creates with nested rows in the statements the plain create costs, when the data decides the rules', async () => {
        const data = (title: string) => ({ title, ownerId: USER, orgId: 2, comments: { create: [{ text: 'a' }, { text: 'b' }] } });
        const enhanced = await statements(() => db.post.create({ data: data('mine') }));
        const byHand = await statements(() => counting.prisma.post.create({ data: data('by hand') }));
        expect(enhanced.result).toMatchObject({ title: 'mine', ownerId: USER });
        expect(Object.keys(enhanced.result).sort()).toEqual(Object.keys(byHand.result).sort());
        expect(enhanced.count).toBe(byHand.count);
        // someone else's post is refused by the data alone, before any statement
        const refused = await statements(() => expect(db.post.create({ data: { ...data('theirs'), ownerId: 2 } })).toBeRejectedByPolicy());
        expect(refused.count).toBe(0);
    });

    it('updates under a future() rule in one statement when the data leaves the fields it reads alone', async () => {
        const own = await loaded.prisma.post.findFirst({ where: { ownerId: USER }, orderBy: { id: 'asc' } });
        const enhanced = await statements(() => db.post.update({ where: { id: own.id }, data: { title: 'renamed' } }));
        expect(enhanced.result).toEqual({ ...own, title: 'renamed' });
        expect(enhanced.count).toBe(1);
        const byHand = await statements(() => counting.prisma.post.update({ where: { id: own.id, ownerId: USER }, data: { title: 'again' } }));
        expect(byHand.count).toBe(1);
    });

    it('still refuses what the future() rule denies, and changes nothing', async () => {
        const own = await loaded.prisma.post.findFirst({ where: { ownerId: USER }, orderBy: { id: 'asc' } });
        await expect(db.post.update({ where: { id: own.id }, data: { ownerId: 2 } })).toBeRejectedByPolicy();
        await expect(db.post.update({ where: { id: own.id }, data: { owner: { connect: { id: 2 } } } })).toBeRejectedByPolicy();
        await expect(db.post.update({ where: { id: own.id }, data: { ownerId: USER, title: 'kept owner' } })).resolves.toMatchObject({ title: 'kept owner' });
        await expect(loaded.prisma.post.findUnique({ where: { id: own.id } })).resolves.toMatchObject({ ownerId: USER, title: 'kept owner' });
        // not the owner: the update rule itself refuses
        const theirs = await loaded.prisma.post.findFirst({ where: { ownerId: 2 } });
        await expect(db.post.update({ where: { id: theirs.id }, data: { title: 'x' } })).toBeRejectedByPolicy();
    });
});
