import { describe, expect, it } from 'vitest';
import { readPrismaSchema } from './prisma-engine.js';
import { adaptForPrisma6 } from './prisma6-adaptations.js';
import { diffValues } from './value-diff.js';

// The corpus suites pass when nothing differs; these cases show the comparison would notice.
const schema = (fieldLine: string, doc = '/// a user') => `
datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

${doc}
model User {
  id    Int    @id
  ${fieldLine}
}
`;

describe('DMMF comparison', () => {
    it('reports a dropped @map with its path', async () => {
        const expected = await readPrismaSchema(schema('email String @map("e_mail")'));
        const actual = await readPrismaSchema(schema('email String'));
        expect(diffValues(expected.datamodel, actual.datamodel, 'datamodel')).toEqual([
            'datamodel.models[User].fields[email].dbName: "e_mail" → undefined',
        ]);
    });

    it('reports changed documentation', async () => {
        const expected = await readPrismaSchema(schema('email String'));
        const actual = await readPrismaSchema(schema('email String', '///a user'));
        expect(diffValues(expected.datamodel, actual.datamodel)).toEqual([]);
        const changed = await readPrismaSchema(schema('email String', '/// a person'));
        expect(diffValues(expected.datamodel, changed.datamodel)).toEqual(['$.models[User].documentation: "a user" → "a person"']);
    });

    it('adapts upstream schemas Prisma 6.19 rejects', () => {
        const { text, adaptations } = adaptForPrisma6('datasource db {\n  provider = "postgresql"\n}\n\nview V {\n  id Int @id\n}\n');
        expect(adaptations).toEqual(['added datasource url', 'view @id → @unique']);
        expect(text).toContain('url = env("DATABASE_URL")');
        expect(text).toContain('id Int @unique');
    });
});
