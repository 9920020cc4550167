import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileSchema } from '../../src/compile.js';
import { toPhysicalSchema } from '../../src/ir/physical/to-physical-schema.js';
import { generatePrismaSchema } from '../../src/generators/prisma/index.js';
import { diskReader, type SchemaFileReader } from '../../src/language/workspace-loader.js';
import { CORPUS_DIR, corpusFiles, corpusPath } from './corpus.js';
import { formatPrismaSchema, readPrismaSchema } from './prisma-engine.js';
import { adaptForPrisma6 } from './prisma6-adaptations.js';

// Real ZModel schemas (policies, abstract models, typed JSON, imports): their physical schema
// must be valid Prisma. Nothing to compare it with, so validity is the whole check.
const files = [...corpusFiles('zmodel', '.zmodel'), corpusPath('zmodel', 'tun-judge', 'schema.zmodel')].filter((f) => existsSync(f));
if (files.length === 0) console.log(`ZModel conformance skipped: no corpus at ${CORPUS_DIR}/zmodel`);

const passed: string[] = [];
const skipped: string[] = [];

describe.skipIf(files.length === 0)('ZModel corpus physical schema', () => {
    afterAll(() => {
        console.log(
            `ZModel conformance: ${passed.length}/${files.length} files valid Prisma, ${skipped.length} skipped\n  ` +
                [...passed, ...skipped.map((s) => `skipped ${s}`)].join('\n  '),
        );
    });

    it.for(files.map((f) => [relative(corpusPath('zmodel'), f), f] as const))('emits valid Prisma for %s', async ([name, file]) => {
        // the entry file is adapted in memory; files it imports are read from the corpus as they are
        const { text, adaptations } = adaptForPrisma6(readFileSync(file, 'utf8'));
        const reader: SchemaFileReader = { exists: diskReader.exists, read: (path) => (resolve(path) === file ? text : diskReader.read(path)) };
        const { schema } = await compileSchema(file, reader);
        // polymorphic hierarchies become a table per model, as `zenstack generate` emits them
        const emitted = generatePrismaSchema(toPhysicalSchema(schema), { sourceFile: name });
        const { datamodel } = await readPrismaSchema(emitted);
        expect(await formatPrismaSchema(emitted)).toBe(emitted);
        // DMMF lists views after models, so compare as sets
        const concrete = schema.models.filter((m) => !m.isAbstract).map((m) => m.name);
        expect(datamodel.models.map((m) => m.name).sort()).toEqual(concrete.sort());
        passed.push(adaptations.length > 0 ? `${name} (adapted for Prisma 6.19: ${adaptations.join(', ')})` : name);
    });
});
