import { loadSchema, testDbProviders, type LoadedSchema } from '@zenstackhq/testtools';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// `manager == auth()` compiles to the row's own key (`managerId = 2`); a row without a manager
// must make that false, not SQL's unknown, or a NOT around it (a deny, `isNot`) drops the row
const SCHEMA = `
model User {
    id        Int    @id
    manager   User?  @relation("Manages", fields: [managerId], references: [id])
    managerId Int?
    reports   User[] @relation("Manages")
    secret    Boolean @default(false)

    @@allow('read', auth() == this || manager == auth() || !secret)
    @@deny('read', manager == auth() && secret)
}
`;

describe.each(testDbProviders())('rules comparing an optional relation with auth() on %s', (provider) => {
    let loaded: LoadedSchema;

    beforeEach(async () => {
        loaded = await loadSchema(SCHEMA, { provider });
        await loaded.prisma.user.create({ data: { id: 1, secret: true } });
        await loaded.prisma.user.create({ data: { id: 2 } });
        await loaded.prisma.user.create({ data: { id: 3, managerId: 2, secret: true } });
        await loaded.prisma.user.create({ data: { id: 4, managerId: 2 } });
    });
    afterEach(() => loaded.prisma.$disconnect());

    it('treats a missing manager as not the user, under a deny too', async () => {
        const ids = async (where?: object) => (await loaded.enhance({ id: 2 }).user.findMany({ where, orderBy: { id: 'asc' } })).map((u: { id: number }) => u.id);
        // 1 is secret with no manager (unreadable), 3 is secret and managed by 2 (denied)
        await expect(ids()).resolves.toEqual([2, 4]);
        await expect(loaded.enhance({ id: 1 }).user.findUnique({ where: { id: 1 } })).resolves.toMatchObject({ id: 1 });
    });

    it('sees only readable managers through isNot', async () => {
        const db = loaded.enhance({ id: 4 });
        // 1 and 3 are secret and not 4's to read; 2 has no manager (isNot holds), 4's manager is 2
        const rows = await db.user.findMany({ where: { manager: { isNot: { id: 2 } } }, orderBy: { id: 'asc' } });
        expect(rows.map((u: { id: number }) => u.id)).toEqual([2]);
    });
});
