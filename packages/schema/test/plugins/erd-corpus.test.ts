import { existsSync, readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileSchema } from '../../src/compile.js';
import { diskReader, memoryReader, type SchemaFileReader } from '../../src/language/workspace-loader.js';
import { mermaidBlocks, renderErdMarkdown } from '../../src/plugins/erd/erd-markdown.js';
import { CORPUS_DIR, corpusFiles, corpusPath } from '../conformance/corpus.js';
import { adaptForPrisma6 } from '../conformance/prisma6-adaptations.js';
import { parseMermaid } from '../helpers/mermaid-parser.js';

// Every real schema, Prisma's and ZModel alike, must give diagrams Mermaid's own parser accepts.
const psl = corpusFiles('psl', '.prisma');
const zmodel = [...corpusFiles('zmodel', '.zmodel'), corpusPath('zmodel', 'tun-judge', 'schema.zmodel')].filter((f) => existsSync(f));
const files = [...psl, ...zmodel];
if (files.length === 0) console.log(`ERD corpus test skipped: no corpus at ${CORPUS_DIR}`);

const report: string[] = [];

describe.skipIf(files.length === 0)('ERD plugin on the schema corpus', () => {
    afterAll(() => console.log(`ERD corpus: ${report.length}/${files.length} schemas give diagrams that parse\n  ${report.join('\n  ')}`));

    it.for(files.map((f) => [relative(CORPUS_DIR, f), f] as const))('draws diagrams that parse for %s', async ([name, file]) => {
        const markdown = renderErdMarkdown(await compileCorpusFile(file), basename(file));
        const blocks = mermaidBlocks(markdown);
        const types: string[] = [];
        for (const block of blocks) types.push(await parseMermaid(block));
        expect(types[0]).toBe('er');
        expect(types.slice(1).every((t) => t === 'class')).toBe(true);
        report.push(`${name}: ${types.filter((t) => t === 'er').length} erDiagram, ${types.filter((t) => t === 'class').length} classDiagram`);
    });
});

// the entry file is adapted in memory as in the conformance tests; imported files are read as they are
async function compileCorpusFile(file: string) {
    const { text } = adaptForPrisma6(readFileSync(file, 'utf8'));
    if (file.endsWith('.prisma')) return (await compileSchema('/memory/schema.zmodel', memoryReader({ '/memory/schema.zmodel': text }))).schema;
    const reader: SchemaFileReader = { exists: diskReader.exists, read: (path) => (resolve(path) === file ? text : diskReader.read(path)) };
    return (await compileSchema(file, reader)).schema;
}
