import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { TestDatabaseDriver } from '../databases/test-database.js';
import { createDebugTimer } from './debug-timer.js';
import { linkProjectPackages } from './link-packages.js';
import { prestartPrismaCli } from './prisma-cli.js';
import { renderPrismaConfig } from './prisma-config.js';
import type { ProjectSpec } from './project-key.js';

/** The entry schema of a test project. */
export const MAIN_SCHEMA_FILE = 'schema.zmodel';
/** Next to the ZModel, so relative paths in the schema mean the same in both. */
export const PRISMA_SCHEMA_FILE = 'schema.prisma';
/** The DDL that creates the tables, kept for creating databases later. */
export const DDL_FILE = 'schema.sql';

/**
 * Builds a test project in `dir`: writes the schema files, links packages, runs `zenstack generate`
 * (without Prisma), then `prisma generate` and `prisma migrate diff --script` in parallel (loaded
 * while the compiler runs), and lets the driver prepare its template. Never installs anything.
 */
export async function buildProject(dir: string, spec: ProjectSpec, driver: TestDatabaseDriver, dbUrl: string | undefined): Promise<void> {
    const mark = createDebugTimer(`build ${dir}`);
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'zenstack-test-project', private: true }, null, 2) + '\n');
    await Promise.all([
        ...Object.entries(spec.files).map(async ([path, content]) => {
            await mkdir(dirname(join(dir, path)), { recursive: true });
            await writeFile(join(dir, path), content);
        }),
        linkProjectPackages(dir),
        writeFile(join(dir, 'prisma.config.mjs'), renderPrismaConfig(spec.provider, PRISMA_SCHEMA_FILE)),
    ]);

    mark('files written');

    // the Prisma CLI takes about as long to load as the compiler takes to run: both at once
    const cli = { cwd: dir, env: driver.cliEnv(dbUrl) };
    const prismaGenerate = prestartPrismaCli(['generate', '--schema', PRISMA_SCHEMA_FILE, '--no-hints'], cli);
    const migrateDiff = prestartPrismaCli(['migrate', 'diff', '--from-empty', '--to-schema-datamodel', PRISMA_SCHEMA_FILE, '--script'], cli);
    let ddl: string;
    try {
        const { generate } = await import('zenstack');
        mark('zenstack loaded');
        await generate({
            schemaFile: join(dir, MAIN_SCHEMA_FILE),
            prismaSchemaFile: join(dir, PRISMA_SCHEMA_FILE),
            outputDir: join(dir, 'node_modules', '.zenstack'),
            prismaGenerate: false,
            logicalTypes: spec.generateTypes ?? false,
        });
        mark('zenstack generate');
        [, ddl] = await Promise.all([prismaGenerate.run(), migrateDiff.run()]);
        mark('prisma generate + migrate diff');
    } catch (error) {
        prismaGenerate.cancel();
        migrateDiff.cancel();
        throw error;
    }
    await writeFile(join(dir, DDL_FILE), ddl);
    await driver.prepareProject(dir, ddl);
    await rm(join(dir, '.prisma-cli.db'), { force: true });
    mark('template prepared');
}

/** The DDL of a built project. */
export function readProjectDdl(dir: string): Promise<string> {
    return readFile(join(dir, DDL_FILE), 'utf8');
}
