import { describe, expect, it } from 'vitest';
import { toPrisma7Schema } from './prisma7-schema.js';

describe('toPrisma7Schema', () => {
    it('drops the datasource URLs and keeps everything else', () => {
        const schema = [
            'datasource db {',
            '  provider  = "postgresql"',
            '  url       = "postgresql://u:p@h/db"',
            '  directUrl = env("DIRECT")',
            '}',
            '',
            'model User {',
            '  id  Int    @id',
            '  url String',
            '}',
        ].join('\n');
        expect(toPrisma7Schema(schema)).toMatchInlineSnapshot(`
          "datasource db {
            provider  = "postgresql"
          }

          model User {
            id  Int    @id
            url String
          }"
        `);
    });
});
