/** The databases loadSchema can run a schema on. */
export type TestDbProvider = 'sqlite' | 'postgresql';

/** The PostgreSQL server tests use unless told otherwise (scripts/pg-start.sh starts it). */
export const DEFAULT_PG_URL = 'postgresql://postgres:postgres@127.0.0.1:54329/postgres';

export interface LoadSchemaOptions {
    /** add a datasource, a `prisma-client-js` generator and the enhancer plugin (default true) */
    readonly addPrelude?: boolean;
    /** more schema files by path relative to the main one, e.g. `{ 'models/user.zmodel': '...' }` */
    readonly extraFiles?: Readonly<Record<string, string>>;
    /** default: env ZENSTACK_TEST_DB_PROVIDER, else 'sqlite' */
    readonly provider?: TestDbProvider;
    /** print the SQL Prisma runs */
    readonly logPrismaQuery?: boolean;
    /**
     * PostgreSQL: the server to create the fresh database on (default env ZENSTACK_TEST_PG_URL, else
     * {@link DEFAULT_PG_URL}); SQLite: the database file to create (`file:` URL or path).
     */
    readonly dbUrl?: string;
    /** create the tables (default true) */
    readonly pushDb?: boolean;
    /** also generate the client types users see (`@zenstackhq/runtime/models`), for type tests (default false) */
    readonly generateTypes?: boolean;
}

/** Options with every default applied. */
export interface ResolvedLoadSchemaOptions {
    readonly addPrelude: boolean;
    readonly extraFiles: Readonly<Record<string, string>>;
    readonly provider: TestDbProvider;
    readonly logPrismaQuery: boolean;
    readonly dbUrl: string | undefined;
    readonly pushDb: boolean;
    readonly generateTypes: boolean;
}

/** Applies defaults, reading the environment for the provider. */
export function resolveLoadSchemaOptions(options: LoadSchemaOptions = {}, env: NodeJS.ProcessEnv = process.env): ResolvedLoadSchemaOptions {
    const provider = options.provider ?? parseProvider(env.ZENSTACK_TEST_DB_PROVIDER) ?? 'sqlite';
    return {
        addPrelude: options.addPrelude ?? true,
        extraFiles: options.extraFiles ?? {},
        provider,
        logPrismaQuery: options.logPrismaQuery ?? false,
        dbUrl: options.dbUrl ?? (provider === 'postgresql' ? (env.ZENSTACK_TEST_PG_URL ?? DEFAULT_PG_URL) : undefined),
        pushDb: options.pushDb ?? true,
        generateTypes: options.generateTypes ?? false,
    };
}

function parseProvider(value: string | undefined): TestDbProvider | undefined {
    if (value === undefined || value === '') return undefined;
    if (value === 'sqlite' || value === 'postgresql') return value;
    if (value === 'postgres') return 'postgresql';
    throw new Error(`ZENSTACK_TEST_DB_PROVIDER must be 'sqlite' or 'postgresql', got '${value}'`);
}
