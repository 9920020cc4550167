import { loadSchema, testDbProviders, type AnyPrismaClient, type LoadedSchema } from '@zenstackhq/testtools';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCHEMA = `
model Entry {
    tenant String
    code   Int
    label  String
    kind   String
    @@id([tenant, code])
    @@delegate(kind)
}
model Invoice extends Entry {
    amount Int
    @@delegateMap("invoice")
}
model Receipt extends Entry {
    paid Boolean @default(false)
}
`;

describe.each(testDbProviders())('a hierarchy with a compound id and a mapped String discriminator on %s', (provider) => {
    let loaded: LoadedSchema;
    let db: AnyPrismaClient;

    beforeEach(async () => {
        loaded = await loadSchema(SCHEMA, { provider });
        db = loaded.enhance(undefined, { kinds: ['delegate'] });
    });
    afterEach(() => loaded.prisma.$disconnect());

    it('creates, reads, updates and deletes through both id fields', async () => {
        await db.invoice.create({ data: { tenant: 'a', code: 1, label: 'i1', amount: 10 } });
        await db.receipt.create({ data: { tenant: 'a', code: 2, label: 'r1' } });
        await expect(db.entry.findMany({ orderBy: { code: 'asc' } })).resolves.toEqual([
            { tenant: 'a', code: 1, label: 'i1', kind: 'invoice', amount: 10 },
            { tenant: 'a', code: 2, label: 'r1', kind: 'Receipt', paid: false },
        ]);
        await expect(db.invoice.update({ where: { tenant_code: { tenant: 'a', code: 1 } }, data: { label: 'i1b', amount: 11 } })).resolves.toMatchObject({
            label: 'i1b',
            amount: 11,
        });
        await expect(db.receipt.updateMany({ data: { label: 'paid', paid: true } })).resolves.toEqual({ count: 1 });
        await expect(db.invoice.delete({ where: { tenant_code: { tenant: 'a', code: 1 } } })).resolves.toMatchObject({ label: 'i1b' });
        await expect(db.entry.findMany()).resolves.toEqual([{ tenant: 'a', code: 2, label: 'paid', kind: 'Receipt', paid: true }]);
        expect(await loaded.prisma.invoice.count()).toBe(0);
    });
});
