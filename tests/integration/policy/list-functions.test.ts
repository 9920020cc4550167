import { loadSchema, testDbProviders, type LoadedSchema } from '@zenstackhq/testtools';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// scalar lists exist on PostgreSQL only
const SCHEMA = `
model User {
    id    Int      @id
    roles String[]
    @@allow('all', true)
}

model Doc {
    id        Int      @id @default(autoincrement())
    tags      String[]
    publishAt DateTime
    kind      String   @default("Doc")

    @@allow('create', true)
    @@allow('read', has(tags, 'public') || hasSome(tags, auth().roles))
    @@allow('update', hasEvery(tags, ['draft', 'mine']) && publishAt > now())
    @@allow('delete', isEmpty(tags) && currentModel() == 'Doc')
}
`;

describe.skipIf(!testDbProviders().includes('postgresql'))('list and time functions in rules on postgresql', () => {
    let loaded: LoadedSchema;

    beforeEach(async () => {
        loaded = await loadSchema(SCHEMA, { provider: 'postgresql' });
        const future = new Date(Date.now() + 86_400_000);
        await loaded.prisma.doc.create({ data: { tags: ['public'], publishAt: future } });
        await loaded.prisma.doc.create({ data: { tags: ['team'], publishAt: future } });
        await loaded.prisma.doc.create({ data: { tags: ['draft', 'mine'], publishAt: future } });
        await loaded.prisma.doc.create({ data: { tags: [], publishAt: new Date(0) } });
    });
    afterEach(() => loaded.prisma.$disconnect());

    it('uses has, hasSome, hasEvery, isEmpty, now() and currentModel()', async () => {
        await expect(loaded.enhance({ id: 1, roles: [] }).doc.count()).resolves.toBe(1);
        await expect(loaded.enhance({ id: 1, roles: ['team', 'x'] }).doc.count()).resolves.toBe(2);
        const db = loaded.enhance({ id: 1, roles: [] });
        await expect(db.doc.updateMany({ data: { kind: 'changed' } })).resolves.toEqual({ count: 1 });
        await expect(db.doc.deleteMany({})).resolves.toEqual({ count: 1 });
        await expect(loaded.prisma.doc.count()).resolves.toBe(3);
    });
});
