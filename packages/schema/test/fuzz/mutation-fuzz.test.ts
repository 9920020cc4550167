import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildSchema } from '../../src/ir/build-schema.js';
import { loadWorkspace, memoryReader } from '../../src/language/workspace-loader.js';
import { corpusSeeds, type Files } from './corpus-seeds.js';
import { createRandom } from './mulberry32.js';
import { mutate } from './mutations.js';
import { SEED_SCHEMAS } from './seed-schemas.js';

/*
 * Seeded mutation fuzzing: valid schemas, randomly broken, must end in diagnostics or success,
 * never in an exception or in Langium's "An error occurred ..." diagnostics. Environment:
 *   ZMODEL_FUZZ_CASES  how many cases in all (default 2000)
 *   ZMODEL_FUZZ_SEED   the first seed (default 20241123); case seeds follow it
 *   ZMODEL_FUZZ_ONLY   comma-separated case seeds to replay from a failure report
 */
const CASES = Number(process.env.ZMODEL_FUZZ_CASES ?? 2000);
const BASE_SEED = Number(process.env.ZMODEL_FUZZ_SEED ?? 20_241_123);
const ONLY = new Set((process.env.ZMODEL_FUZZ_ONLY ?? '').split(',').filter(Boolean).map(Number));
// the shared corpus lives next to the repository (../shared/corpus); it is read in place, never copied in
const REPO_ROOT = resolve(__dirname, '../../../..');
const CORPUS = resolve(REPO_ROOT, '../shared/corpus');
// larger corpus files cost tens of milliseconds per case, so they are fuzzed as excerpts
const MAX_CORPUS_SIZE = 6_000;
// the fixed cost of a load, in characters of schema that take as long to process
const CASE_OVERHEAD = 1_500;
const MIN_CASES = 20;

// messages Langium writes when our scope provider, linker or validators throw
const INTERNAL_ERRORS = [/An error occurred while resolving reference/, /An error occurred during (validation|set-up|tear-down)/];

const corpus = corpusSeeds(CORPUS, MAX_CORPUS_SIZE, BASE_SEED);
if (Object.keys(corpus).length === 0) console.log(`schema corpus not found at ${CORPUS}; fuzzing the inline schemas only`);
const seeds = allocateCases(Object.entries({ ...SEED_SCHEMAS, ...corpus }));

/**
 * A case costs a fixed load overhead plus time in proportion to the size of its schema.
 * Cases go to schemas in proportion to 1/cost² (at least 20 each), so the bulk of the run is
 * spent on small schemas, where a case is cheap. Seed `first + k` drives case k of a schema.
 */
function allocateCases(entries: [string, Files][]): { name: string; files: Files; first: number; cases: number }[] {
    const weights = entries.map(([, files]) => (CASE_OVERHEAD + Object.values(files).reduce((n, text) => n + text.length, 0)) ** -2);
    const total = weights.reduce((a, b) => a + b, 0);
    let first = BASE_SEED;
    return entries.map(([name, files], i) => {
        const cases = Math.max(Math.min(MIN_CASES, CASES), Math.ceil((CASES * weights[i]!) / total));
        const seed = { name, files, first, cases };
        first += cases;
        return seed;
    });
}

interface Failure {
    readonly seed: number;
    readonly file: string;
    readonly mutations: string[];
    readonly problem: string;
    readonly text: string;
}

async function runCase(files: Files, seed: number, logged: () => string[]): Promise<Failure | undefined> {
    const random = createRandom(seed);
    const paths = Object.keys(files);
    const target = random.pick(paths);
    const { text, applied } = mutate(files[target]!, random);
    const fail = (problem: string): Failure => ({ seed, file: target, mutations: applied, problem, text });
    try {
        const workspace = await loadWorkspace(paths[0]!, memoryReader({ ...files, [target]: text }));
        const internal = workspace.diagnostics.find((d) => INTERNAL_ERRORS.some((re) => re.test(d.message)));
        if (internal) return fail(`internal error at ${internal.line}:${internal.column}: ${internal.message}\n${logged().join('\n')}`);
        if (logged().length > 0) return fail(`logged: ${logged().join('\n')}`);
        // a schema without errors must also make it through the IR
        if (!workspace.hasErrors) buildSchema(workspace);
        return undefined;
    } catch (error) {
        return fail(`threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
}

function describeFailure(f: Failure): string {
    return `seed ${f.seed} (${f.mutations.join(', ')} in ${f.file}): ${f.problem}\n--- mutated text ---\n${f.text}\n---`;
}

describe('schema mutation fuzzing', () => {
    let consoleErrors: string[] = [];
    beforeEach(() => {
        consoleErrors = [];
        // Langium logs the exceptions it turns into diagnostics
        vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
            consoleErrors.push(args.map((a) => (a instanceof Error ? (a.stack ?? a.message) : String(a))).join(' '));
        });
    });
    afterEach(() => vi.restoreAllMocks());

    it('runs at least ZMODEL_FUZZ_CASES cases', () => {
        expect(seeds.reduce((n, s) => n + s.cases, 0)).toBeGreaterThanOrEqual(CASES);
    });

    it.each(seeds.map((s) => [s.name, s] as const))(
        'ends every mutation of %s in diagnostics or success, never in an exception',
        async (_name, { files, first, cases }) => {
            const failures: Failure[] = [];
            for (let k = 0; k < cases; k++) {
                // a load only awaits microtasks; let the event loop (and vitest's RPC) breathe
                if (k % 50 === 49) await new Promise((resolve) => setImmediate(resolve));
                const seed = first + k;
                if (ONLY.size > 0 && !ONLY.has(seed)) continue;
                const before = consoleErrors.length;
                const failure = await runCase(files, seed, () => consoleErrors.slice(before));
                if (failure) failures.push(failure);
            }
            // the first failure in full, the others by seed, so any of them can be replayed
            const report = failures.map((f, i) => (i === 0 ? describeFailure(f) : `seed ${f.seed}: ${f.problem.split('\n')[0]}`));
            expect(report, `${failures.length} of ${cases} cases failed`).toEqual([]);
        },
    );
});
