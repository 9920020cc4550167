import { describe, expect, it } from 'vitest';
import { formatZModel } from '../../src/formatter/format-zmodel.js';

describe('formatZModel', () => {
    it('indents blocks and aligns field columns within runs of fields', () => {
        const text = `model User {
  id Int @id   @default(autoincrement())
      email String @unique // login
  posts Post[]

  verySpecialFieldName Boolean?
  @@map("users")
}
`;
        expect(formatZModel(text)).toMatchInlineSnapshot(`
          "model User {
              id    Int    @id @default(autoincrement())
              email String @unique // login
              posts Post[]

              verySpecialFieldName Boolean?
              @@map("users")
          }
          "
        `);
    });

    it('aligns config entries and keeps comments and doc comments in place', () => {
        const text = `// top comment
datasource db {
provider = "postgresql"
  url = env("DATABASE_URL")
}


/// The users
enum Role {
USER
  ADMIN @map("admin")
}
`;
        expect(formatZModel(text, { indent: 2 })).toMatchInlineSnapshot(`
          "// top comment
          datasource db {
            provider = "postgresql"
            url      = env("DATABASE_URL")
          }

          /// The users
          enum Role {
            USER
            ADMIN @map("admin")
          }
          "
        `);
    });

    it('indents expressions that span lines one level deeper and leaves their text alone', () => {
        const text = `model Post {
id Int @id
@@allow('read',
published && (
   author == auth()))
}
`;
        expect(formatZModel(text)).toBe(`model Post {
    id Int @id
    @@allow('read',
        published && (
        author == auth()))
}
`);
    });

    it('is idempotent', () => {
        const text = `model A {\n id Int @id\n  name   Unsupported("text search") ?\n b String @default("a } b")\n}\n`;
        const once = formatZModel(text);
        expect(formatZModel(once)).toBe(once);
        expect(once).toContain('    name Unsupported("text search")?\n    b    String                      @default("a } b")');
    });
});
