// `pnpm bench`: every workload against raw Prisma and ZenStack v2.22.3, on SQLite and
// PostgreSQL, printed as one table and saved as JSON. Settings come from the environment
// (see the README's Benchmark section).
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { printTable, writeJson } from './report.js';
import { firstLine, runRuntimeWorkload } from './runtime-workload.js';
import policyRead from './workloads/policy-read.js';
import polymorphicRead from './workloads/polymorphic-read.js';
import policyWrite from './workloads/policy-write.js';
import polymorphicAggregate from './workloads/polymorphic-aggregate.js';
import { runGenerateWorkload } from './workloads/generate.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const env = process.env;
const config = {
    rows: Number(env.BENCH_ROWS ?? 10_000),
    runs: Number(env.BENCH_RUNS ?? 200),
    warmup: Number(env.BENCH_WARMUP ?? 20),
    // a whole process timed once swings by a second on a shared 2-core machine: the median of three
    generateRuns: Number(env.BENCH_GENERATE_RUNS ?? 3),
    generateV2Runs: Number(env.BENCH_GENERATE_V2_RUNS ?? 1),
    generateTimeoutMs: Number(env.BENCH_GENERATE_TIMEOUT ?? 180) * 1000,
    generateSizes: (env.BENCH_GENERATE_MODELS ?? '200,5').split(',').map(Number),
    workloads: (env.BENCH_WORKLOADS ?? '1,2,3,4,5').split(',').map((w) => w.trim()),
    providers: (env.ZENSTACK_TEST_DB_PROVIDERS ?? 'sqlite,postgresql').split(',').map((p) => p.trim()),
};
// testtools' project cache, kept apart from the test suites' one
env.ZENSTACK_TESTTOOLS_CACHE ??= fileURLToPath(new URL('./.cache/testtools', import.meta.url));

const RUNTIME_WORKLOADS = { 1: policyRead, 2: polymorphicRead, 3: policyWrite, 4: polymorphicAggregate };
const startedAt = new Date().toISOString();
const loadAtStart = loadavg();
const results = [];
const stopPg = config.providers.includes('postgresql') ? startPg() : () => undefined;
process.once('SIGINT', () => {
    stopPg();
    process.exit(130);
});
try {
    for (const [id, workload] of Object.entries(RUNTIME_WORKLOADS)) {
        if (!config.workloads.includes(id)) continue;
        for (const provider of config.providers) {
            console.error(`bench: ${workload.name} on ${provider}`);
            try {
                results.push(...(await runRuntimeWorkload(workload, provider, config)));
            } catch (error) {
                // a workload that cannot even be set up is one row with the reason, not the end of the run
                results.push({ workload: workload.name, op: '(setup)', provider, unit: 'ms', notes: [], raw: { error: firstLine(error) } });
            }
        }
    }
    if (config.workloads.includes('5')) {
        console.error('bench: 5 zenstack generate (ours, prisma generate, v2)');
        results.push(...(await runGenerateWorkload(config)));
    }
} finally {
    stopPg();
}

const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() || undefined;
const run = { startedAt, finishedAt: new Date().toISOString(), commit, node: process.version, cpus: cpus().length, loadAtStart, loadAtEnd: loadavg(), config };
console.log('');
console.log(`ZenStack benchmark, ${startedAt}: ${config.rows} rows, ${config.runs} timed calls per side (after ${config.warmup}), ${run.cpus} cores, load average ${loadAtStart[0].toFixed(1)} at start, ${run.loadAtEnd[0].toFixed(1)} at end`);
console.log('times per operation (median/p95), st = SQL statements per operation, ×raw = median over raw Prisma\'s');
console.log('');
printTable(results);
console.log('');
console.log(`results: ${await writeJson(fileURLToPath(new URL('./results/', import.meta.url)), run, results)}`);
// every client is closed: don't wait for the drivers' idle pools and timers to let go
process.exit(0);

/**
 * Uses ZENSTACK_TEST_PG_URL when set; else starts a throwaway server with scripts/pg-start.sh on
 * BENCH_PGPORT (default 54339, apart from the test suites' 54329). Returns how to stop it.
 */
function startPg() {
    if (env.ZENSTACK_TEST_PG_URL) return () => undefined;
    const pgEnv = { ...env, PGPORT: env.BENCH_PGPORT ?? '54339' };
    console.error(`bench: starting PostgreSQL on 127.0.0.1:${pgEnv.PGPORT}`);
    const started = spawnSync('bash', ['scripts/pg-start.sh'], { cwd: ROOT, env: pgEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (started.status !== 0) {
        console.error('bench: scripts/pg-start.sh failed, so SQLite only (set ZENSTACK_TEST_PG_URL to use a running server)');
        config.providers = config.providers.filter((p) => p !== 'postgresql');
        return () => undefined;
    }
    env.ZENSTACK_TEST_PG_URL = started.stdout.trim().split('\n').pop();
    return () => spawnSync('bash', ['scripts/pg-stop.sh'], { cwd: ROOT, env: pgEnv, stdio: 'inherit' });
}
