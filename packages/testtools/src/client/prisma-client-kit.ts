import type { DatabaseConnection } from '../databases/test-database.js';
import type { PrismaMajor } from '../load-schema-options.js';
import type { PrestartedPrismaCli } from '../project/prisma-cli.js';

/**
 * What differs between the Prisma majors a test project's client can come from. Everything else
 * (zenstack generate, the 6.19 CLI's DDL, the databases) is the same for each.
 */
export interface PrismaClientKit {
    readonly major: PrismaMajor;
    /** the packages a project links: import name → real folder */
    projectPackages(): Record<string, string>;
    /** starts loading the CLI that generates the client; `run()` once `schema.prisma` is written */
    prestartGenerate(cli: { cwd: string; env: NodeJS.ProcessEnv }): PrestartedPrismaCli;
    /** a driver adapter of the same major as the client, for `new PrismaClient({ adapter })` */
    createAdapter(connection: DatabaseConnection): unknown;
}
