/** The databases loadSchema can run a schema on. */
export type TestDbProvider = 'sqlite' | 'postgresql';

/** The Prisma majors whose client loadSchema can load a schema with (the CLI stays on 6.19 either way). */
export type PrismaMajor = 6 | 7;

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
    /**
     * the Prisma major of the client (default env ZENSTACK_TEST_PRISMA, else 6): 7 generates the
     * client with Prisma 7 on the same physical schema and tables 6.19's DDL creates
     */
    readonly prismaMajor?: PrismaMajor;
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
    readonly prismaMajor: PrismaMajor;
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
        prismaMajor: options.prismaMajor ?? testPrismaMajor(env),
    };
}

/**
 * The Prisma major tests load schemas with: env ZENSTACK_TEST_PRISMA (`6` or `7`), else 6.
 * @example describe.skipIf(testPrismaMajor() === 7)('client types', ...)
 */
export function testPrismaMajor(env: NodeJS.ProcessEnv = process.env): PrismaMajor {
    const value = env.ZENSTACK_TEST_PRISMA;
    if (value === undefined || value === '' || value === '6') return 6;
    if (value === '7') return 7;
    throw new Error(`ZENSTACK_TEST_PRISMA must be '6' or '7', got '${value}'`);
}

function parseProvider(value: string | undefined): TestDbProvider | undefined {
    if (value === undefined || value === '') return undefined;
    if (value === 'sqlite' || value === 'postgresql') return value;
    if (value === 'postgres') return 'postgresql';
    throw new Error(`ZENSTACK_TEST_DB_PROVIDER must be 'sqlite' or 'postgresql', got '${value}'`);
}
