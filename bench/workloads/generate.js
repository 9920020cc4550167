// Workload 5: `zenstack generate` as a whole process on generated schemas of 200 and 5 models
// (delegates and policies), in a fresh project with the prisma.config.ts `zenstack init` writes;
// the raw side is `prisma generate` on the Prisma schema ours wrote, in the same project.
import { existsSync, realpathSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedSchema, schemaHeader } from '../schemas.js';
import { timedProcess } from '../timed-process.js';
import { ensureV2Installed, initPrismaConfig, runV2Generate, V2_DIR, writeV2Project } from '../v2-peer.js';

const ZENSTACK_BIN = fileURLToPath(new URL('../../packages/schema/bin/zenstack.js', import.meta.url));
const TESTTOOLS_DIR = realpathSync(fileURLToPath(new URL('../node_modules/@zenstackhq/testtools', import.meta.url)));
/** What a user's project has installed, linked from testtools' dependencies (no install per run). */
const PROJECT_PACKAGES = ['prisma', '@prisma/client', '@prisma/adapter-better-sqlite3', '@zenstackhq/runtime'];
/** ≤ 5 s for 200 models and ≤ 2 s for 5 on 2 cores; other sizes have no target. */
const TARGET_SECONDS = { 200: 5, 5: 2 };

/** Generate results for each schema size in `config.generateSizes`; `config.generateRuns` fresh projects per side. */
export async function runGenerateWorkload(config) {
    const results = [];
    for (const size of config.generateSizes) {
        const models = generatedSchema(size);
        const result = { workload: '5 generate', op: `${size} models`, provider: 'sqlite', unit: 's', target: TARGET_SECONDS[size] ? { seconds: TARGET_SECONDS[size] } : undefined, notes: [] };
        const times = { raw: [], ours: [], v2: [] };
        // a side that fails keeps its first error; the others go on
        const attempt = async (side, fn) => {
            if (result[side]) return;
            try {
                times[side].push(await fn());
            } catch (error) {
                result[side] = { error: String(error.message).split('\n').slice(0, 2).join(' ') };
            }
        };
        const limits = { timeoutMs: config.generateTimeoutMs };
        for (let i = 0; i < config.generateRuns; i++) {
            const dir = await mkdtemp(join(tmpdir(), 'zenstack-bench-gen-'));
            try {
                await writeOurProject(dir, models);
                await attempt('ours', () => timedProcess(process.execPath, [ZENSTACK_BIN, 'generate'], { ...limits, cwd: dir, env: { ...process.env, NO_COLOR: '1' } }));
                const prisma = join(dir, 'node_modules', 'prisma', 'build', 'index.js');
                const prismaArgs = [prisma, 'generate', '--schema', 'prisma/schema.prisma'];
                if (existsSync(join(dir, prismaArgs[3]))) await attempt('raw', () => timedProcess(process.execPath, prismaArgs, { ...limits, cwd: dir, env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1' } }));
            } finally {
                await rm(dir, { recursive: true, force: true });
            }
            // v2 takes minutes on the large schema: its runs are counted apart
            if (i >= config.generateV2Runs) continue;
            const v2dir = join(V2_DIR, '.projects', `generate-${size}-${process.pid}-${i}`);
            try {
                await attempt('v2', async () => {
                    ensureV2Installed();
                    await writeV2Project(v2dir, models, 'sqlite');
                    return runV2Generate(v2dir, config.generateTimeoutMs);
                });
            } finally {
                await rm(v2dir, { recursive: true, force: true });
            }
        }
        for (const side of ['raw', 'ours', 'v2']) {
            result[side] ??= seconds(times[side]);
            if (result[side]?.timedOut) result.notes.push(`${side} killed after ${config.generateTimeoutMs / 1000} s (BENCH_GENERATE_TIMEOUT)`);
        }
        results.push(result);
    }
    return results;
}

async function writeOurProject(dir, models) {
    await Promise.all([
        writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'zenstack-bench-generate', private: true }, null, 2) + '\n'),
        writeFile(join(dir, 'schema.zmodel'), `${schemaHeader('sqlite')}\nplugin enhancer {\n    provider = '@core/enhancer'\n}\n\n${models}`),
        writeFile(join(dir, 'prisma.config.ts'), await initPrismaConfig('sqlite')),
        ...PROJECT_PACKAGES.map(async (name) => {
            const link = join(dir, 'node_modules', name);
            await mkdir(dirname(link), { recursive: true });
            await symlink(realpathSync(join(TESTTOOLS_DIR, 'node_modules', name)), link, 'dir');
        }),
    ]);
}

/** Median and slowest in seconds; a run killed at the time limit counts as that limit, marked `timedOut`. */
function seconds(times) {
    if (!times.length) return undefined;
    const timedOut = times.some((t) => t.timedOut);
    const sorted = times.map((t) => (t.timedOut ?? t) / 1000).sort((a, b) => a - b);
    return { median: sorted[Math.floor(sorted.length / 2)], p95: sorted[sorted.length - 1], ...(timedOut ? { timedOut } : {}) };
}
