import { describe, expect, it } from 'vitest';
import { mermaidBlocks, renderErdMarkdown } from '../../src/plugins/erd/erd-markdown.js';
import { renderErDiagram } from '../../src/plugins/erd/er-diagram.js';
import { renderClassDiagrams } from '../../src/plugins/erd/class-diagram.js';
import { compileText, SQLITE_DATASOURCE } from '../helpers/compile-text.js';
import { CONTENT_MODELS } from '../helpers/content-models.js';
import { parseMermaid } from '../helpers/mermaid-parser.js';

const BLOG = `${SQLITE_DATASOURCE}
model User {
    id      Int     @id @default(autoincrement())
    email   String  @unique
    posts   Post[]
    profile Profile?
    @@map("users")
}

model Profile {
    id     Int  @id @default(autoincrement())
    user   User @relation(fields: [userId], references: [id])
    userId Int  @unique
}

model Post {
    id       Int    @id @default(autoincrement())
    author   User?  @relation(fields: [authorId], references: [id])
    authorId Int?
    tags     Tag[]
}

model Tag {
    name  String @id
    posts Post[]
}
`;

describe('ERD erDiagram', () => {
    it('draws entities with keys and relations with their cardinality', async () => {
        expect(renderErDiagram(await compileText(BLOG))).toMatchInlineSnapshot(`
          "erDiagram
              "User"["User (users)"] {
                  Int id PK
                  String email UK
              }
              "Profile" {
                  Int id PK
                  Int userId FK, UK
              }
              "Post" {
                  Int id PK
                  Int authorId FK "optional"
              }
              "Tag" {
                  String name PK
              }
              "User" ||--o| "Profile" : "profile / user"
              "User" |o..o{ "Post" : "posts / author"
              "Post" }o..o{ "Tag" : "tags / posts"
          "
        `);
    });

    it('draws a self relation once', async () => {
        const schema = await compileText(`${SQLITE_DATASOURCE}
            model Folder {
                id       Int      @id
                parent   Folder?  @relation("tree", fields: [parentId], references: [id])
                parentId Int?
                children Folder[] @relation("tree")
            }
        `);
        const lines = renderErDiagram(schema).split('\n').filter((l) => l.includes('--') || l.includes('..'));
        expect(lines).toEqual(['    "Folder" |o..o{ "Folder" : "children / parent"']);
    });

    it('writes types and names Mermaid accepts: lists, Unsupported, words its lexers reserve', async () => {
        const schema = await compileText(`
            datasource db {
                provider = "postgresql"
                url = env("DATABASE_URL")
            }
            model Style {
                pk    Int                     @id
                tags  String[]
                shape Unsupported("geometry")?
            }
            view Class {
                uk Int @unique
            }
            model Note {
                id   Int    @id
                kind String
                @@delegate(kind)
            }
            model Link extends Note {
                url String
            }
        `);
        const diagram = renderErDiagram(schema);
        for (const { diagram: classes } of renderClassDiagrams(schema)) await expect(parseMermaid(classes)).resolves.toBe('class');
        expect(diagram).toContain('Int pk_ PK');
        expect(diagram).toContain('String[] tags');
        expect(diagram).toContain('Unsupported shape "optional"');
        expect(diagram).toContain('"Class"["Class (view)"]');
        await expect(parseMermaid(diagram)).resolves.toBe('er');
    });
});

describe('ERD classDiagram', () => {
    const CONTENT = SQLITE_DATASOURCE + CONTENT_MODELS;

    it('draws each polymorphic hierarchy with its discriminator', async () => {
        const [hierarchy, ...others] = renderClassDiagrams(await compileText(CONTENT));
        expect(others).toEqual([]);
        expect(hierarchy!.root).toBe('Content');
        expect(hierarchy!.diagram).toMatchInlineSnapshot(`
          "classDiagram
              class Content {
                  <<delegate>>
                  +Int id
                  +User owner
                  +Int ownerId
                  +String type
              }
              note for Content "discriminator: type"
              Content <|-- Post
              class Post {
                  +String title
              }
              note for Post "stored as Post"
              Content <|-- Video
              class Video {
                  +Int duration
              }
              note for Video "stored as video"
          "
        `);
        await expect(parseMermaid(hierarchy!.diagram)).resolves.toBe('class');
    });

    it('shows a sub model in the erDiagram with only its own table, linked to its base', async () => {
        const diagram = renderErDiagram(await compileText(CONTENT));
        expect(diagram).toContain('"Post" {\n        Int id PK, FK\n        String title\n    }');
        expect(diagram).toContain('"Content" ||--o| "Post" : "delegate"');
        expect(diagram).toContain('"User" ||--o{ "Content" : "contents / owner"');
        expect(diagram).not.toContain('"User" ||--o{ "Post"');
    });

    it('writes Markdown whose every block parses', async () => {
        const markdown = renderErdMarkdown(await compileText(CONTENT), 'Content');
        const blocks = mermaidBlocks(markdown);
        expect(blocks).toHaveLength(2);
        for (const block of blocks) await parseMermaid(block);
    });
});
