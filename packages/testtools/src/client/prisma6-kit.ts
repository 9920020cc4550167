import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { baselineProjectPackages } from '../project/link-packages.js';
import { resolvePackageDir } from '../project/package-dirs.js';
import { prestartPrismaCli } from '../project/prisma-cli.js';
import { PRISMA_SCHEMA_FILE } from '../project/project-files.js';
import type { PrismaClientKit } from './prisma-client-kit.js';

/** The baseline: the client of the Prisma 6.19 that also runs the CLI. */
export const prisma6Kit: PrismaClientKit = {
    major: 6,

    projectPackages: () => ({ ...baselineProjectPackages(), '@prisma/client': resolvePackageDir('@prisma/client') }),

    prestartGenerate: (cli) => prestartPrismaCli(['generate', '--schema', PRISMA_SCHEMA_FILE, '--no-hints'], cli),

    createAdapter(connection) {
        if (connection.provider === 'sqlite') return new PrismaBetterSQLite3({ url: connection.url });
        const { provider: _, ...fields } = connection;
        return new PrismaPg(fields);
    },
};
