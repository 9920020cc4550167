import { describe, expect, it } from 'vitest';
import { generatePrismaSchema } from '../../src/generators/prisma/index.js';
import { toPhysicalSchema } from '../../src/ir/physical/to-physical-schema.js';
import { compileText, SQLITE_DATASOURCE } from '../helpers/compile-text.js';

describe('the physical schema of a hierarchy', () => {
    it('has a table per model, sharing the id, linked by cascading delegate_aux relations (ZenStack v2 layout)', async () => {
        const schema = await compileText(`${SQLITE_DATASOURCE}
abstract model Stamped { createdAt DateTime @default(now())
    @@index([createdAt]) }
model User { id Int @id
    contents Content[] }
model Content extends Stamped {
    id      Int    @id @default(autoincrement())
    owner   User   @relation(fields: [ownerId], references: [id])
    ownerId Int
    type    String
    @@delegate(type)
    @@map("contents")
}
model Post extends Content { title String }
model Media extends Content {
    mediaType String
    @@delegate(mediaType)
}
model Video extends Media { duration Int }
`);
        const text = generatePrismaSchema(toPhysicalSchema(schema), { sourceFile: 'schema.zmodel' });
        expect(text.slice(text.indexOf('model Content'))).toMatchInlineSnapshot(`
          "model Content {
            createdAt          DateTime @default(now())
            id                 Int      @id @default(autoincrement())
            owner              User     @relation(fields: [ownerId], references: [id])
            ownerId            Int
            type               String
            delegate_aux_post  Post?    @relation("delegate_aux_Content_Post")
            delegate_aux_media Media?   @relation("delegate_aux_Content_Media")

            @@index([createdAt])
            @@map("contents")
          }

          model Post {
            id                   Int     @id
            title                String
            delegate_aux_content Content @relation("delegate_aux_Content_Post", fields: [id], references: [id], onDelete: Cascade, onUpdate: Cascade)
          }

          model Media {
            id                   Int     @id
            mediaType            String
            delegate_aux_content Content @relation("delegate_aux_Content_Media", fields: [id], references: [id], onDelete: Cascade, onUpdate: Cascade)
            delegate_aux_video   Video?  @relation("delegate_aux_Media_Video")
          }

          model Video {
            id                 Int   @id
            duration           Int
            delegate_aux_media Media @relation("delegate_aux_Media_Video", fields: [id], references: [id], onDelete: Cascade, onUpdate: Cascade)
          }
          "
        `);
    });
});

describe('relation joins for hierarchies', () => {
    const hierarchy = `
model Content {
    id   Int    @id
    type String
    @@delegate(type)
}
model Post extends Content { title String }
`;
    const generatorOf = async (prelude: string) => {
        const text = generatePrismaSchema(toPhysicalSchema(await compileText(`${prelude}\n${hierarchy}`)), { sourceFile: 'schema.zmodel' });
        return text.slice(text.indexOf('generator'), text.indexOf('}', text.indexOf('generator')) + 1);
    };
    const postgres = (extra = '') => `datasource db { provider = "postgresql"  url = "postgresql://x" }
generator client {
    provider = "prisma-client-js"
    ${extra}
}`;

    const optIn = `\nplugin prisma { provider = '@core/prisma'\n relationJoins = true }`;

    it('turns on the relationJoins preview on PostgreSQL when asked, keeping other preview features', async () => {
        expect(await generatorOf(postgres() + optIn)).toContain('previewFeatures = ["relationJoins"]');
        expect(await generatorOf(postgres('previewFeatures = ["views"]') + optIn)).toContain('previewFeatures = ["views", "relationJoins"]');
    });

    it('leaves the generator as written by default, and on SQLite', async () => {
        expect(await generatorOf(postgres())).not.toContain('previewFeatures');
        expect(await generatorOf(`${SQLITE_DATASOURCE}\ngenerator client { provider = "prisma-client-js" }${optIn}`)).not.toContain('previewFeatures');
    });
});
