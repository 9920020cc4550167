import { loadSchema, testDbProviders } from '@zenstackhq/testtools';
import { describe, expect, it } from 'vitest';

const SCHEMA = `
abstract model Base {
    id        Int      @id @default(autoincrement())
    createdAt DateTime @default(now())
    updatedAt DateTime @updatedAt
}

abstract model Owned extends Base {
    ownerId Int
}

model Note extends Owned {
    text String
}

model Tag extends Base {
    label String @unique
}
`;

describe.each(testDbProviders())('abstract model inheritance on %s', (provider) => {
    it('gives concrete models the inherited fields and no table for abstract ones', async () => {
        const { prisma, enhance, modelMeta } = await loadSchema(SCHEMA, { provider });
        try {
            expect(Object.keys(modelMeta.models).sort()).toEqual(['Note', 'Tag']);
            expect(Object.keys(modelMeta.models.Note!.fields)).toEqual(expect.arrayContaining(['id', 'createdAt', 'updatedAt', 'ownerId', 'text']));

            const db = enhance(undefined, { kinds: ['delegate'] });
            expect(db.base).toBeUndefined();
            const note = await db.note.create({ data: { ownerId: 7, text: 'hello' } });
            expect(note).toMatchObject({ id: expect.any(Number), ownerId: 7, text: 'hello', createdAt: expect.any(Date), updatedAt: expect.any(Date) });
            await db.tag.create({ data: { label: 'x' } });
            await expect(db.tag.create({ data: { label: 'x' } })).toBeRejectedWithCode('P2002');
            await expect(db.note.update({ where: { id: note.id }, data: { text: 'changed' } })).resolves.toMatchObject({ text: 'changed' });
        } finally {
            await prisma.$disconnect();
        }
    });
});
