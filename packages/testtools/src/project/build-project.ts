import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PRISMA_CLIENT_KITS } from '../client/prisma-client-kits.js';
import type { TestDatabaseDriver } from '../databases/test-database.js';
import { createDebugTimer } from './debug-timer.js';
import { linkProjectPackages } from './link-packages.js';
import { prestartPrismaCli } from './prisma-cli.js';
import { renderPrismaConfig } from './prisma-config.js';
import { DDL_FILE, MAIN_SCHEMA_FILE, PRISMA_SCHEMA_FILE } from './project-files.js';
import type { ProjectSpec } from './project-key.js';

/**
 * Builds a test project in `dir`: writes the schema files, links packages, runs `zenstack generate`
 * (without Prisma), then `prisma generate` (of the spec's Prisma major) and 6.19's `prisma migrate
 * diff --script` in parallel (loaded while the compiler runs), and lets the driver prepare its
 * template. Never installs anything.
 */
export async function buildProject(dir: string, spec: ProjectSpec, driver: TestDatabaseDriver, dbUrl: string | undefined): Promise<void> {
    const mark = createDebugTimer(`build ${dir}`);
    const kit = PRISMA_CLIENT_KITS[spec.prismaMajor ?? 6];
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'zenstack-test-project', private: true }, null, 2) + '\n');
    await Promise.all([
        ...Object.entries(spec.files).map(async ([path, content]) => {
            await mkdir(dirname(join(dir, path)), { recursive: true });
            await writeFile(join(dir, path), content);
        }),
        linkProjectPackages(dir, kit.projectPackages()),
        writeFile(join(dir, 'prisma.config.mjs'), renderPrismaConfig(spec.provider, PRISMA_SCHEMA_FILE)),
    ]);

    mark('files written');

    // the Prisma CLI takes about as long to load as the compiler takes to run: both at once
    const cli = { cwd: dir, env: driver.cliEnv(dbUrl) };
    const prismaGenerate = kit.prestartGenerate(cli);
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
