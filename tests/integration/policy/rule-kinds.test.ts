import { loadSchema, testDbProviders, type LoadedSchema } from '@zenstackhq/testtools';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCHEMA = `
model User {
    id          Int          @id
    memberships Membership[]
    @@allow('all', true)
}

model Org {
    id          Int          @id
    name        String
    members     Membership[]
    projects    Project[]
    @@allow('read', members?[user == auth()])
    @@allow('create', true)
}

model Membership {
    id     Int    @id @default(autoincrement())
    user   User   @relation(fields: [userId], references: [id])
    userId Int
    org    Org    @relation(fields: [orgId], references: [id])
    orgId  Int
    admin  Boolean @default(false)
    @@allow('all', true)
}

model Project {
    id        Int      @id @default(autoincrement())
    name      String
    budget    Int
    spent     Int
    org       Org      @relation(fields: [orgId], references: [id])
    orgId     Int
    secret    String   @allow('read', org.members?[user == auth() && admin]) @deny('update', spent > budget)
    status    String   @default("open")

    @@allow('read', check(org, 'read'))
    @@allow('create', org.members?[user == auth() && admin])
    @@allow('update', org.members?[user == auth()] && spent <= budget)
    @@allow('delete', org.members![admin] && startsWith(name, 'tmp'))
    @@deny('update', currentOperation() == 'update' && status == 'closed')
}
`;

describe.each(testDbProviders())('rule kinds on %s', (provider) => {
    let loaded: LoadedSchema;

    beforeEach(async () => {
        loaded = await loadSchema(SCHEMA, { provider });
        const raw = loaded.prisma;
        for (const id of [1, 2, 3]) await raw.user.create({ data: { id } });
        await raw.org.create({ data: { id: 10, name: 'acme' } });
        await raw.org.create({ data: { id: 20, name: 'other' } });
        await raw.membership.create({ data: { userId: 1, orgId: 10, admin: true } });
        await raw.membership.create({ data: { userId: 2, orgId: 10 } });
        await raw.membership.create({ data: { userId: 3, orgId: 20, admin: true } });
        await raw.project.create({ data: { name: 'rocket', budget: 10, spent: 5, orgId: 10, secret: 's1'} });
        await raw.project.create({ data: { name: 'tmp-x', budget: 10, spent: 20, orgId: 10, secret: 's2' } });
        await raw.project.create({ data: { name: 'tmp-y', budget: 1, spent: 0, orgId: 20, secret: 's3', status: 'closed' } });
    });
    afterEach(() => loaded.prisma.$disconnect());

    it('follows collection predicates and check() through relations', async () => {
        await expect(loaded.enhance({ id: 2 }).project.findMany({ select: { name: true }, orderBy: { id: 'asc' } })).resolves.toEqual([
            { name: 'rocket' },
            { name: 'tmp-x' },
        ]);
        await expect(loaded.enhance({ id: 3 }).org.findMany({ select: { name: true } })).resolves.toEqual([{ name: 'other' }]);
        await expect(loaded.enhance().project.count()).resolves.toBe(0);
    });

    it('drops a field the field rule denies, row by row', async () => {
        const asMember = await loaded.enhance({ id: 2 }).project.findMany({ orderBy: { id: 'asc' } });
        expect(asMember.map((p: Record<string, unknown>) => 'secret' in p)).toEqual([false, false]);
        const asAdmin = await loaded.enhance({ id: 1 }).project.findMany({ orderBy: { id: 'asc' } });
        expect(asAdmin.map((p: { secret?: string }) => p.secret)).toEqual(['s1', 's2']);
        // also in related rows
        const orgs = await loaded.enhance({ id: 2 }).org.findMany({ include: { projects: { orderBy: { id: 'asc' } } } });
        expect(orgs[0].projects.map((p: Record<string, unknown>) => ['name' in p, 'secret' in p])).toEqual([
            [true, false],
            [true, false],
        ]);
    });

    it('compares two fields of a row and applies field update rules', async () => {
        const asMember = loaded.enhance({ id: 2 });
        await expect(asMember.project.update({ where: { id: 1 }, data: { spent: 6 } })).resolves.toMatchObject({ spent: 6 });
        // spent > budget: the model rule denies
        await expect(asMember.project.update({ where: { id: 2 }, data: { name: 'y' } })).toBeRejectedByPolicy();
        await expect(asMember.project.updateMany({ data: { name: 'renamed' } })).resolves.toEqual({ count: 1 });
    });

    it('uses currentOperation(), every (!) and startsWith', async () => {
        await expect(loaded.enhance({ id: 3 }).project.update({ where: { id: 3 }, data: { name: 'z' } })).toBeRejectedByPolicy();
        // org 10 has a non-admin member: `members![admin]` fails
        await expect(loaded.enhance({ id: 1 }).project.delete({ where: { id: 2 } })).toBeRejectedByPolicy();
        await expect(loaded.enhance({ id: 3 }).project.delete({ where: { id: 3 } })).resolves.toMatchObject({ name: 'tmp-y' });
    });

    it('creates only where the rule allows', async () => {
        await expect(loaded.enhance({ id: 1 }).project.create({ data: { name: 'n', budget: 1, spent: 0, orgId: 10, secret: 's' } })).resolves.toMatchObject({ name: 'n' });
        await expect(loaded.enhance({ id: 2 }).project.create({ data: { name: 'n', budget: 1, spent: 0, orgId: 10, secret: 's' } })).toBeRejectedByPolicy();
        await expect(loaded.prisma.project.count()).resolves.toBe(4);
    });

    it('answers check() without a query', async () => {
        const anonymous = loaded.enhance();
        await expect(anonymous.org.check({ operation: 'create' })).resolves.toBe(true);
        await expect(anonymous.project.check({ operation: 'read' })).resolves.toBe(true);
        await expect(loaded.enhance({ id: 2 }).project.check({ operation: 'update', where: { status: 'closed' } })).resolves.toBe(false);
        await expect(loaded.enhance({ id: 2 }).project.check({ operation: 'update', where: { status: 'open' } })).resolves.toBe(true);
        await expect(anonymous.project.check({ operation: 'nope' })).rejects.toThrow(/check\(\) needs an operation/);
    });
});
