// ZenStack v2.22.3 as a peer: installed into bench/v2 on first use (never a workspace
// package), one generated project per schema and provider under bench/v2/.projects.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaHeader } from './schemas.js';
import { timedProcess } from './timed-process.js';

export const V2_DIR = fileURLToPath(new URL('./v2/', import.meta.url));
const PROJECTS_DIR = join(V2_DIR, '.projects');
const INIT_CONFIG = fileURLToPath(new URL('../packages/schema/res/init/prisma.config.ts', import.meta.url));
const requireV2 = createRequire(join(V2_DIR, 'package.json'));

/** Installs bench/v2 with npm unless it is installed already; throws when that fails. */
export function ensureV2Installed() {
    if (existsSync(join(V2_DIR, 'node_modules', 'zenstack', 'package.json'))) return;
    console.error('bench: installing ZenStack v2.22.3 into bench/v2 (first run only)...');
    const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: V2_DIR, stdio: ['ignore', 2, 2], env: { ...process.env, DO_NOT_TRACK: '1' } });
    if (result.status !== 0) throw new Error(`npm install in bench/v2 failed (exit ${result.status})`);
}

/** v2's schema header: the datasource and generator, and the enhancer writing to `zenstack-out`. */
export function v2Prelude(provider) {
    // v2 compiles its output to JS only at the default location (the shared node_modules) or at a plugin-level output
    return `${schemaHeader(provider)}\nplugin enhancer {\n    provider = '@core/enhancer'\n    output   = './zenstack-out'\n}\n`;
}

/**
 * The prisma.config.ts `zenstack init` writes, with the PostgreSQL adapter for a PostgreSQL schema
 * (`prisma generate` never connects, so the server in it need not exist).
 */
export async function initPrismaConfig(provider) {
    const config = await readFile(INIT_CONFIG, 'utf8');
    if (provider === 'sqlite') return config;
    return config
        .replace(/import \{ PrismaBetterSQLite3 \} from '@prisma\/adapter-better-sqlite3';/, "import { PrismaPg } from '@prisma/adapter-pg';")
        .replace(/return new PrismaBetterSQLite3\(\{[^}]*\}\);/, "return new PrismaPg({ connectionString: 'postgresql://postgres:postgres@127.0.0.1:54329/postgres' });");
}

/** Writes a v2 project (package.json, schema.zmodel, prisma.config.ts) into `dir`. */
export async function writeV2Project(dir, models, provider) {
    await mkdir(dir, { recursive: true });
    await Promise.all([
        writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'zenstack-bench-v2-project', private: true }, null, 2) + '\n'),
        writeFile(join(dir, 'schema.zmodel'), `${v2Prelude(provider)}\n${models}`),
        writeFile(join(dir, 'prisma.config.ts'), await initPrismaConfig(provider)),
    ]);
}

/** Runs v2's `zenstack generate` in `dir` (it runs `prisma generate` itself); resolves with the wall time in ms. */
export function runV2Generate(dir, timeoutMs) {
    const cli = join(V2_DIR, 'node_modules', 'zenstack', 'bin', 'cli');
    const args = [cli, 'generate', '--no-version-check', '--offline'];
    return timedProcess(process.execPath, args, { cwd: dir, timeoutMs, env: { ...process.env, DO_NOT_TRACK: '1', NO_COLOR: '1' } });
}

const loaded = new Map();

/**
 * v2's generated PrismaClient and `enhance` for a schema on a provider, generating the project
 * on first use (cached by schema and provider across runs).
 */
export function loadV2(models, provider) {
    const key = createHash('sha256').update(`2.22.3\n${provider}\n${models}`).digest('hex').slice(0, 16);
    let pending = loaded.get(key);
    if (!pending) {
        pending = (async () => {
            ensureV2Installed();
            const dir = join(PROJECTS_DIR, `${provider}-${key}`);
            if (!existsSync(join(dir, '.done'))) {
                await rm(dir, { recursive: true, force: true });
                await writeV2Project(dir, models, provider);
                const done = await runV2Generate(dir);
                if (done.timedOut) throw new Error('v2 zenstack generate did not finish');
                await writeFile(join(dir, '.done'), '');
            }
            // the client is where Prisma puts the generator's relative output: next to the Prisma schema v2 writes
            const requireProject = createRequire(join(dir, 'package.json'));
            const { PrismaClient } = requireProject('./prisma/node_modules/.prisma/client');
            const { enhance } = requireProject('./zenstack-out/enhance.js');
            const adapters = {
                PrismaBetterSQLite3: requireV2('@prisma/adapter-better-sqlite3').PrismaBetterSQLite3,
                PrismaPg: requireV2('@prisma/adapter-pg').PrismaPg,
            };
            return { PrismaClient, enhance, adapters, dir };
        })();
        loaded.set(key, pending);
    }
    return pending;
}
