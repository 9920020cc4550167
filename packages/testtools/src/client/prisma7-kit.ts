import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { baselineProjectPackages } from '../project/link-packages.js';
import { resolvePackageDir } from '../project/package-dirs.js';
import { prestartPrismaCli } from '../project/prisma-cli.js';
import { toPrisma7Schema } from '../project/prisma7-schema.js';
import { PRISMA_SCHEMA_FILE } from '../project/project-files.js';
import type { PrismaClientKit } from './prisma-client-kit.js';

/** testtools' aliases of the Prisma 7 packages (devDependencies, so 6.19 stays what `prisma` and `@prisma/client` mean). */
const PRISMA7 = {
    cli: 'prisma7',
    client: 'prisma7-client',
    sqliteAdapter: 'prisma7-adapter-better-sqlite3',
    pgAdapter: 'prisma7-adapter-pg',
} as const;

/** Prisma 7 rejects a datasource `url`, so its generate reads a copy of the schema without one. */
const PRISMA7_SCHEMA_FILE = 'schema.prisma7.prisma';
/** Its own config: the project's prisma.config.mjs is 6.19's (`engine: 'js'`, which 7 rejects). */
const PRISMA7_CONFIG_FILE = 'prisma7.config.mjs';
/** Any existing file does (see the file): `prisma generate` only checks that it is there. */
const NO_SCHEMA_ENGINE = fileURLToPath(new URL('../../res/no-schema-engine.txt', import.meta.url));

const require = createRequire(import.meta.url);

function requirePrisma7<T>(name: string): T {
    try {
        return require(name) as T;
    } catch (cause) {
        throw new Error(`ZENSTACK_TEST_PRISMA=7 needs testtools' devDependency ${name} (installed with the workspace)`, { cause });
    }
}

/**
 * A Prisma 7 client (its `prisma-client-js` generator, plain CommonJS like 6.19's) on the same
 * physical schema and tables: the 6.19 CLI still writes the DDL, since 7's `db push` and `migrate`
 * need the native schema engine.
 */
export const prisma7Kit: PrismaClientKit = {
    major: 7,

    projectPackages() {
        const client = resolvePackageDir(PRISMA7.client);
        return {
            ...baselineProjectPackages(),
            '@prisma/client': client,
            // the runtime Prisma 7 copies next to the generated client requires it by name
            '@prisma/client-runtime-utils': resolvePackageDir('@prisma/client-runtime-utils', client),
        };
    },

    prestartGenerate(cli) {
        // Prisma 7's index.js doesn't defer its command, so the prestart script loads the CLI only
        // on run(): it reads the files below after they are written
        const env = { ...cli.env, PRISMA_SCHEMA_ENGINE_BINARY: NO_SCHEMA_ENGINE };
        const generate = prestartPrismaCli(['generate', '--config', PRISMA7_CONFIG_FILE], { cwd: cli.cwd, env, cliPackage: PRISMA7.cli });
        return {
            async run() {
                const schema = await readFile(join(cli.cwd, PRISMA_SCHEMA_FILE), 'utf8');
                await Promise.all([
                    writeFile(join(cli.cwd, PRISMA7_SCHEMA_FILE), toPrisma7Schema(schema)),
                    // no import of 'prisma/config': in the project that is the 6.19 CLI
                    writeFile(join(cli.cwd, PRISMA7_CONFIG_FILE), `export default { schema: ${JSON.stringify(PRISMA7_SCHEMA_FILE)} };\n`),
                ]);
                return generate.run();
            },
            cancel: () => generate.cancel(),
        };
    },

    createAdapter(connection) {
        if (connection.provider === 'sqlite') {
            const { PrismaBetterSqlite3 } = requirePrisma7<{ PrismaBetterSqlite3: new (config: { url: string }) => unknown }>(PRISMA7.sqliteAdapter);
            return new PrismaBetterSqlite3({ url: connection.url });
        }
        const { PrismaPg } = requirePrisma7<{ PrismaPg: new (config: object) => unknown }>(PRISMA7.pgAdapter);
        const { provider: _, ...fields } = connection;
        return new PrismaPg(fields);
    },
};
