import type { AnyPrismaClient, LoadedSchema } from '@zenstackhq/testtools';
import { canonical } from './canonical.js';
import { compareOutcome, compareState, type Difference } from './compare.js';
import { MODELS, type State } from './data-model.js';
import { readState, restoreState, writeState } from './database.js';
import { generateDataset, generateUser } from './dataset-generator.js';
import { execute } from './execute.js';
import { isWrite, type Expected, type Operation, type Outcome } from './operation.js';
import { createPolicyOracle, rawView } from './policy-oracle.js';
import { caseSeed, createRandom, type Random } from './prng.js';
import { generateRead } from './read-generator.js';
import { expectRead } from './read-oracle.js';
import type { AuthUser } from './rules.js';
import { isPlain } from './where-filter.js';
import { generateWrite } from './write-generator.js';
import { expectWrite } from './write-oracle.js';

export interface FuzzOptions {
    readonly seed: number;
    readonly cases: number;
    /** cases per generated dataset */
    readonly batchSize: number;
    /** run only this case (with its batch's dataset) */
    readonly only?: number;
    /** the share of reads also run on the raw client against the oracle without rules */
    readonly selfCheck: number;
    /** print the SQL Prisma runs */
    readonly logQueries: boolean;
    /** print how each kind of call ended */
    readonly printCoverage: boolean;
}

/** A case where the runtime and the oracle disagree, with all it takes to replay it. */
export interface Mismatch {
    readonly index: number;
    readonly seed: number;
    /** the database before the operation */
    readonly dataset: State;
    readonly user: AuthUser | undefined;
    readonly operation: Operation;
    readonly differences: readonly Difference[];
    readonly expected: Expected;
    readonly actual: Outcome;
    /** the oracle disagreeing with the raw client: a bug of the fuzzer, not of the runtime */
    readonly selfCheck?: boolean;
}

export interface FuzzReport {
    readonly cases: number;
    readonly reads: number;
    readonly writes: number;
    readonly rejected: number;
    /** reads whose result the rules change (the others test little) */
    readonly rulesMatter: number;
    readonly mismatches: readonly Mismatch[];
    /** how often each kind of call ended how: `update+nested → P2004 ACCESS_POLICY_VIOLATION` */
    readonly coverage: ReadonlyMap<string, number>;
}

/** One case: a user and an operation on the dataset, decided by the oracle. */
interface Case {
    readonly seed: number;
    readonly index: number;
    readonly random: Random;
    readonly dataset: State;
    readonly user: AuthUser | undefined;
    readonly operation: Operation;
    readonly expected: Expected;
}

function generateCase(seed: number, index: number, dataset: State): Case {
    const random = createRandom(caseSeed(seed, index));
    const user = generateUser(random, dataset);
    const before = createPolicyOracle(dataset, user);
    if (!random.chance(0.45)) {
        const operation = generateRead(random, dataset);
        return { seed, index, random, dataset, user, operation, expected: expectRead(before, dataset, operation) };
    }
    const operation = generateWrite(random, dataset, user);
    return { seed, index, random, dataset, user, operation, expected: expectWrite(dataset, user, operation) };
}

/**
 * Runs `cases` random operations as random users on datasets generated per batch, compares each
 * with the oracle (the result, and after a write the whole database) and puts the data back.
 */
export async function runFuzz(loaded: LoadedSchema, options: FuzzOptions): Promise<FuzzReport> {
    const prisma = loaded.prisma;
    const mismatches: Mismatch[] = [];
    const coverage = new Map<string, number>();
    let [reads, writes, rejected, rulesMatter] = [0, 0, 0, 0];
    const indexes = options.only !== undefined ? [options.only] : Array.from({ length: options.cases }, (_, i) => i);
    let loadedBatch = -1;
    for (const index of indexes) {
        const batch = Math.floor(index / options.batchSize);
        const dataset = generateDataset(createRandom(caseSeed(options.seed ^ 0x5bd1e995, batch)));
        if (batch !== loadedBatch) await writeState(prisma, dataset);
        loadedBatch = batch;

        const c = generateCase(options.seed, index, dataset);
        const actual = await execute(loaded.enhance(c.user), c.operation);
        const differences = compareOutcome(c.operation, c.expected, actual);
        const label = coverageLabel(c.operation, actual);
        coverage.set(label, (coverage.get(label) ?? 0) + 1);
        if (actual.status === 'error') rejected++;
        if (isWrite(c.operation)) {
            writes++;
            const after = await readState(prisma);
            differences.push(...compareState(dataset, c.expected.state, after));
            if (canonical(after) !== canonical(dataset)) await restoreState(prisma, after, dataset);
        } else {
            reads++;
            const unruled = expectRead(rawView(dataset), dataset, c.operation);
            if (canonical(unruled) !== canonical(c.expected)) rulesMatter++;
            if (c.random.chance(options.selfCheck)) {
                const selfCheck = await checkOracle(prisma, c, unruled);
                if (selfCheck) mismatches.push(selfCheck);
            }
        }
        if (differences.length > 0) mismatches.push({ index, seed: options.seed, dataset, user: c.user, operation: c.operation, differences, expected: c.expected, actual });
    }
    return { cases: indexes.length, reads, writes, rejected, rulesMatter, mismatches, coverage };
}

/** The read on the raw client against the oracle without rules: a difference is the oracle's. */
async function checkOracle(prisma: AnyPrismaClient, c: Case, unruled: Expected): Promise<Mismatch | undefined> {
    const raw = await execute(prisma, c.operation);
    const differences = compareOutcome(c.operation, unruled, raw);
    if (differences.length === 0) return undefined;
    return { index: c.index, seed: c.seed, dataset: c.dataset, user: undefined, operation: c.operation, differences, expected: unruled, actual: raw, selfCheck: true };
}

function coverageLabel(operation: Operation, actual: Outcome): string {
    const data = [operation.args.data, operation.args.create, operation.args.update].filter(isPlain);
    const nested = data.some((d) => Object.keys(d).some((k) => MODELS[operation.model].relations[k] !== undefined));
    const outcome = actual.status === 'ok' ? 'ok' : `${actual.code}${actual.reason ? ` ${actual.reason}` : ''}`;
    return `${operation.kind}${operation.fluent ? '+fluent' : ''}${nested ? '+nested' : ''} → ${outcome}`;
}
