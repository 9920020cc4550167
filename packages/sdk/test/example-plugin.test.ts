import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DmmfDocument, PluginContext } from '../src/index.js';
import dataDictionary from './fixtures/example-plugin.js';
import { blogSchema } from './fixtures/blog-schema.js';

const here = dirname(fileURLToPath(import.meta.url));

function contextFor(dir: string, warnings: string[]): PluginContext {
    return {
        schema: blogSchema,
        options: { provider: './data-dictionary.js', output: 'docs/dictionary.md' },
        schemaPath: join(dir, 'schema.zmodel'),
        outputDir: join(dir, 'node_modules/.zenstack'),
        dmmf: { datamodel: { models: [], enums: [], types: [] } } as DmmfDocument,
        warn: (message) => warnings.push(message),
    };
}

describe('the README example plugin', () => {
    it('is the code the README shows', () => {
        const readme = readFileSync(join(here, '../README.md'), 'utf8');
        const shown = /<!-- example-plugin -->\n```ts\n([\s\S]*?)```/.exec(readme)?.[1];
        const tested = readFileSync(join(here, 'fixtures/example-plugin.ts'), 'utf8').replace("'../../src/index.js'", "'@zenstackhq/sdk'");
        expect(shown).toBe(tested);
    });

    it('writes a data dictionary from the schema', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'sdk-example-'));
        const warnings: string[] = [];
        await dataDictionary(contextFor(dir, warnings));
        expect(warnings).toEqual([]);
        expect(readFileSync(join(dir, 'docs/dictionary.md'), 'utf8')).toMatchInlineSnapshot(`
          "## User

          Key: id
          - \`id\`: Int
          - \`email\`: String (length 5–80)
          - \`secret\`: String?, encrypted

          ## Content

          Key: id
          Kinds: Post
          - \`id\`: Int
          - \`type\`: String
          - \`ownerId\`: Int

          ## Post

          Key: id
          - \`id\`: Int
          - \`type\`: String
          - \`ownerId\`: Int
          - \`title\`: String (length 0–200)

          ## Tag

          Key: postId, name
          - \`postId\`: Int
          - \`name\`: String
          "
        `);
    });
});
