import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileSchema } from '../../src/compile.js';
import { generatePrismaSchema } from '../../src/generators/prisma/index.js';
import { CORPUS_DIR, corpusFiles } from './corpus.js';
import { adaptForPrisma6 } from './prisma6-adaptations.js';
import { envVarsOf, formatPrismaSchema, readPrismaSchema, runPrismaValidate } from './prisma-engine.js';
import { diffValues } from './value-diff.js';

// Every real-world Prisma schema is also a ZModel schema: compiled and emitted again, it must
// mean exactly what it meant to Prisma before (same DMMF datamodel, same datasource and generators).
const files = corpusFiles('psl', '.prisma');
if (files.length === 0) console.log(`PSL conformance skipped: no corpus at ${CORPUS_DIR}/psl`);

const passed = new Set<string>();
const timings: string[] = [];

describe.skipIf(files.length === 0)('PSL corpus round trip', () => {
    afterAll(() => {
        console.log(`PSL conformance: ${passed.size}/${files.length} files round-trip (wall times; files run concurrently)\n  ${timings.join('\n  ')}`);
    });

    it.concurrent.each(files.map((f) => [basename(f), f] as const))('round-trips %s', async (name, file) => {
        const started = performance.now();
        const dir = mkdtempSync(join(tmpdir(), 'zenstack-psl-'));
        try {
            const { text: source, adaptations } = adaptForPrisma6(readFileSync(file, 'utf8'));
            writeFileSync(join(dir, 'schema.zmodel'), source);
            const { schema } = await compileSchema(join(dir, 'schema.zmodel'));
            const emitted = generatePrismaSchema(schema, { sourceFile: 'schema.zmodel' });
            const emittedFile = join(dir, 'schema.prisma');
            writeFileSync(emittedFile, emitted);

            const expected = await readPrismaSchema(source);
            const actual = await readPrismaSchema(emitted);
            expect(diffValues(expected.datamodel, actual.datamodel, 'datamodel')).toEqual([]);
            expect(diffValues(expected.config, actual.config, 'config')).toEqual([]);
            // laid out as `prisma format` would: formatting it again changes nothing
            expect(await formatPrismaSchema(emitted)).toBe(emitted);

            // the real CLI costs ~1.3 s a file; ZENSTACK_SKIP_PRISMA_CLI=1 leaves only the in-process checks
            if (!process.env.ZENSTACK_SKIP_PRISMA_CLI) {
                const env = Object.fromEntries(envVarsOf(emitted).map((v) => [v, dummyUrl(schema.provider)]));
                const cli = await runPrismaValidate(emittedFile, env);
                expect(cli.ok, cli.output).toBe(true);
            }

            passed.add(name);
            const adapted = adaptations.length > 0 ? ` (adapted for Prisma 6.19: ${adaptations.join(', ')})` : '';
            timings.push(`${name}: ${Math.round(performance.now() - started)} ms${adapted}`);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});

// the CLI checks that a url's scheme fits the provider, never that it connects
function dummyUrl(provider: string): string {
    const urls: Record<string, string> = {
        postgresql: 'postgresql://user:pass@localhost:5432/db',
        mysql: 'mysql://user:pass@localhost:3306/db',
        sqlserver: 'sqlserver://localhost:1433;database=db;user=sa;password=pass;trustServerCertificate=true',
        mongodb: 'mongodb://localhost:27017/db',
        sqlite: 'file:./dev.db',
        cockroachdb: 'postgresql://user:pass@localhost:26257/db',
    };
    return urls[provider] ?? 'file:./dev.db';
}
