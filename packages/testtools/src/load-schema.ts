import { join, normalize, isAbsolute } from 'node:path';
import { enhance as enhanceClient, type EnhanceOptions, type EnhancementContext, type ZodSchemas } from '@zenstackhq/runtime';
import type { ModelMeta } from '@zenstackhq/sdk';
import { PRISMA_CLIENT_KITS } from './client/prisma-client-kits.js';
import { loadGeneratedClient, loadProjectModelMeta, loadProjectZodSchemas, type AnyPrismaClient, type PrismaModule } from './client/load-generated-client.js';
import { DATABASE_DRIVERS } from './databases/drivers.js';
import { resolveLoadSchemaOptions, type LoadSchemaOptions, type PrismaMajor, type TestDbProvider } from './load-schema-options.js';
import { buildProject, readProjectDdl } from './project/build-project.js';
import { getOrBuildProject } from './project/project-cache.js';
import { MAIN_SCHEMA_FILE } from './project/project-files.js';
import { computeProjectKey, type ProjectSpec } from './project/project-key.js';
import { renderSchemaPrelude } from './schema-prelude.js';

/** What loadSchema gives a test: the shape of ZenStack v2's testtools. */
export interface LoadedSchema {
    /** a plain PrismaClient on a fresh database */
    readonly prisma: AnyPrismaClient;
    /** `enhance(prisma, { user }, options)` with this schema's metadata */
    enhance(user?: EnhancementContext['user'], options?: EnhanceOptions): AnyPrismaClient;
    /** `enhance()` for another client of this schema (an `$extends` result, a second PrismaClient) */
    enhanceRaw(prisma: AnyPrismaClient, context?: EnhancementContext, options?: EnhanceOptions): AnyPrismaClient;
    /** the generated client's `Prisma` namespace */
    readonly prismaModule: PrismaModule;
    /** the cached project folder the client was generated in */
    readonly projectDir: string;
    readonly modelMeta: ModelMeta;
    /** the generated zod schemas (`.zenstack/zod`), as `@zenstackhq/runtime/zod` gives them in a project */
    readonly zodSchemas: ZodSchemas;
    readonly provider: TestDbProvider;
    /** where the fresh database is */
    readonly dbUrl: string;
    /** the Prisma major of the client */
    readonly prismaMajor: PrismaMajor;
    /** a new driver adapter on the same database, of the client's Prisma major, for a second PrismaClient */
    createAdapter(): unknown;
}

/**
 * Compiles a ZModel schema, generates its client and opens a fresh database for it.
 * Projects are cached by schema (a second load of the same schema only creates a database).
 * @example const { enhance } = await loadSchema(`model User { id Int @id  @@allow('all', true) }`)
 */
export async function loadSchema(zmodel: string, options?: LoadSchemaOptions): Promise<LoadedSchema> {
    const resolved = resolveLoadSchemaOptions(options);
    const driver = DATABASE_DRIVERS[resolved.provider];
    const kit = PRISMA_CLIENT_KITS[resolved.prismaMajor];
    const spec: ProjectSpec = {
        provider: resolved.provider,
        generateTypes: resolved.generateTypes,
        prismaMajor: resolved.prismaMajor,
        files: {
            ...validateExtraFiles(resolved.extraFiles),
            // appended, so the schema's imports stay first and diagnostics keep the test's line numbers
            [MAIN_SCHEMA_FILE]: resolved.addPrelude ? `${zmodel}\n\n${renderSchemaPrelude(resolved.provider)}` : zmodel,
        },
    };
    const key = computeProjectKey(spec);
    const projectDir = await getOrBuildProject(key, (stagingDir) => buildProject(stagingDir, spec, driver, resolved.dbUrl));
    const project = { dir: projectDir, key, ddl: resolved.pushDb ? await readProjectDdl(projectDir) : '' };
    const database = await driver.createDatabase(project, { dbUrl: resolved.dbUrl, pushDb: resolved.pushDb });

    const { PrismaClient, Prisma } = loadGeneratedClient(projectDir);
    const modelMeta = loadProjectModelMeta(projectDir);
    const zodSchemas = loadProjectZodSchemas(projectDir);
    const prisma = new PrismaClient({
        adapter: kit.createAdapter(database.connection),
        // Prisma looks for the calling line to quote in error messages, and with a generated
        // runtime copy (custom output) it quotes a line of its own minified bundle instead
        errorFormat: 'minimal',
        ...(resolved.logPrismaQuery ? { log: [{ level: 'query', emit: 'stdout' }] } : {}),
    });
    const enhanceRaw = (client: AnyPrismaClient, context?: EnhancementContext, enhanceOptions?: EnhanceOptions) =>
        enhanceClient(client, context, { modelMeta, zodSchemas, prismaModule: Prisma, ...enhanceOptions });

    return {
        prisma,
        enhance: (user, enhanceOptions) => enhanceRaw(prisma, { user }, enhanceOptions),
        enhanceRaw,
        prismaModule: Prisma,
        projectDir,
        modelMeta,
        zodSchemas,
        provider: resolved.provider,
        dbUrl: database.url,
        prismaMajor: resolved.prismaMajor,
        createAdapter: () => kit.createAdapter(database.connection),
    };
}

function validateExtraFiles(files: Readonly<Record<string, string>>): Record<string, string> {
    for (const path of Object.keys(files)) {
        const normalized = normalize(path);
        if (isAbsolute(path) || normalized.startsWith('..') || normalized === MAIN_SCHEMA_FILE || join('x', normalized) === 'x') {
            throw new Error(`extraFiles: '${path}' must be a relative path inside the project, other than ${MAIN_SCHEMA_FILE}`);
        }
    }
    return { ...files };
}
