import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { PRISMA_CLI_PG_URL_ENV } from '../project/prisma-config.js';
import { parsePgUrl, quoteIdent, toPgUrl, type PgConnection } from './pg-server.js';
import type { BuiltProject, TestDatabaseDriver } from './test-database.js';

const adminPools = new Map<string, pg.Pool>();
const templates = new Map<string, Promise<string>>();

/** One small pool per server for CREATE DATABASE; idle connections don't keep the process alive. */
function adminPool(server: PgConnection): pg.Pool {
    const key = toPgUrl(server);
    let pool = adminPools.get(key);
    if (!pool) {
        pool = new pg.Pool({ ...server, max: 2, allowExitOnIdle: true });
        pool.on('error', () => undefined);
        adminPools.set(key, pool);
    }
    return pool;
}

function requireServerUrl(dbUrl: string | undefined): string {
    if (!dbUrl) throw new Error('no PostgreSQL server URL: set ZENSTACK_TEST_PG_URL or pass `dbUrl`');
    return dbUrl;
}

/**
 * PostgreSQL: the schema is applied once per server to a template database (`zt_tpl_<key>`);
 * each fresh database is `CREATE DATABASE … TEMPLATE` of it, which takes milliseconds.
 */
export const postgresDriver: TestDatabaseDriver = {
    provider: 'postgresql',

    cliEnv: (dbUrl) => ({ [PRISMA_CLI_PG_URL_ENV]: requireServerUrl(dbUrl) }),

    async prepareProject() {
        // templates live on the server, which may be restarted between runs: made on demand
    },

    async createDatabase(project, { dbUrl, pushDb }) {
        const server = parsePgUrl(requireServerUrl(dbUrl));
        const pool = adminPool(server);
        const template = pushDb ? await ensureTemplate(pool, server, project) : 'template0';
        const name = `zt_${project.key.slice(0, 12)}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
        await createDatabaseFrom(pool, name, template, server);
        const database = { ...server, database: name };
        return { connection: { provider: 'postgresql', ...database }, url: toPgUrl(database) };
    },
};

function ensureTemplate(pool: pg.Pool, server: PgConnection, project: BuiltProject): Promise<string> {
    const name = `zt_tpl_${project.key}`;
    const key = `${toPgUrl(server)}#${name}`;
    let pending = templates.get(key);
    if (!pending) {
        pending = createTemplate(pool, server, name, project.ddl).then(() => name);
        pending.catch(() => templates.delete(key));
        templates.set(key, pending);
    }
    return pending;
}

/** Creates the template once per server, under an advisory lock so parallel test workers don't race. */
async function createTemplate(pool: pg.Pool, server: PgConnection, name: string, ddl: string): Promise<void> {
    const admin = await connectAdmin(pool, server);
    try {
        await admin.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
        try {
            const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
            if (exists.rowCount) return;
            const building = `${name}_building`.slice(0, 63);
            await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(building)}`);
            await admin.query(`CREATE DATABASE ${quoteIdent(building)} TEMPLATE template0`);
            const client = new pg.Client({ ...server, database: building });
            await client.connect();
            try {
                await client.query(ddl);
            } finally {
                await client.end();
            }
            // only a complete template gets the name fresh databases are copied from
            await admin.query(`ALTER DATABASE ${quoteIdent(building)} RENAME TO ${quoteIdent(name)}`);
        } finally {
            await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [name]);
        }
    } finally {
        admin.release();
    }
}

async function createDatabaseFrom(pool: pg.Pool, name: string, template: string, server: PgConnection): Promise<void> {
    for (let attempt = 1; ; attempt++) {
        const admin = await connectAdmin(pool, server);
        try {
            await admin.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`);
            return;
        } catch (error) {
            // 55006: another CREATE DATABASE is copying the same template right now
            if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
        } finally {
            admin.release();
        }
        await sleep(20 * attempt);
    }
}

async function connectAdmin(pool: pg.Pool, server: PgConnection): Promise<pg.PoolClient> {
    try {
        return await pool.connect();
    } catch (cause) {
        throw new Error(
            `cannot connect to the PostgreSQL test server at ${server.host}:${server.port} (${(cause as Error).message}); ` +
                'start one with scripts/pg-start.sh or set ZENSTACK_TEST_PG_URL',
            { cause },
        );
    }
}
