import type { TestDbProvider } from '../load-schema-options.js';
import type { PgConnection } from './pg-server.js';

/** A cached test project as the database drivers see it. */
export interface BuiltProject {
    readonly dir: string;
    readonly key: string;
    /** the DDL that creates the schema's tables (`prisma migrate diff --from-empty --script`) */
    readonly ddl: string;
}

/**
 * Where a database is, in the form driver adapters are made from. Drivers return this rather
 * than an adapter, since the adapter must come from the same Prisma major as the client.
 */
export type DatabaseConnection = { readonly provider: 'sqlite'; readonly url: string } | ({ readonly provider: 'postgresql' } & PgConnection);

/** One fresh database, ready for a PrismaClient. */
export interface FreshDatabase {
    readonly connection: DatabaseConnection;
    /** where the database is, for messages */
    readonly url: string;
}

export interface FreshDatabaseOptions {
    /** SQLite: the file; PostgreSQL: the server */
    readonly dbUrl: string | undefined;
    /** create the tables */
    readonly pushDb: boolean;
}

/** How loadSchema gets a fresh database for a provider. */
export interface TestDatabaseDriver {
    readonly provider: TestDbProvider;
    /** environment for the Prisma CLI while building a project */
    cliEnv(dbUrl: string | undefined): NodeJS.ProcessEnv;
    /** at build time, in the staging folder: prepare whatever makes fresh databases fast */
    prepareProject(projectDir: string, ddl: string): Promise<void>;
    /** a new database of its own for one loadSchema call */
    createDatabase(project: BuiltProject, options: FreshDatabaseOptions): Promise<FreshDatabase>;
}
