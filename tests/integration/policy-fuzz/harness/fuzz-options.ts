import type { TestDbProvider } from '@zenstackhq/testtools';
import type { FuzzOptions } from './fuzz-run.js';

/** The case counts CI runs; a longer run is one variable away. */
const DEFAULT_CASES: Readonly<Record<TestDbProvider, number>> = { sqlite: 10_000, postgresql: 1000 };
const DEFAULT_SEED = 20_240_611;

function integer(env: NodeJS.ProcessEnv, name: string): number | undefined {
    const value = env[name];
    if (value === undefined || value === '') return undefined;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name} must be a non-negative integer, got '${value}'`);
    return parsed;
}

/**
 * Options from the environment: ZENSTACK_POLICY_FUZZ_CASES (SQLite) and
 * ZENSTACK_POLICY_FUZZ_PG_CASES (PostgreSQL) set the number of cases, ZENSTACK_POLICY_FUZZ_SEED
 * the seed, ZENSTACK_POLICY_FUZZ_ONLY replays one case of a report (ZENSTACK_POLICY_FUZZ_LOG=1 prints its SQL),
 * ZENSTACK_POLICY_FUZZ_SELF_CHECK sets the share of reads also checked on the raw client (0.1),
 * ZENSTACK_POLICY_FUZZ_COVERAGE=1 prints how often each kind of call ended how.
 */
export function fuzzOptions(provider: TestDbProvider, env: NodeJS.ProcessEnv = process.env): FuzzOptions {
    const cases = integer(env, provider === 'sqlite' ? 'ZENSTACK_POLICY_FUZZ_CASES' : 'ZENSTACK_POLICY_FUZZ_PG_CASES') ?? DEFAULT_CASES[provider];
    return {
        seed: integer(env, 'ZENSTACK_POLICY_FUZZ_SEED') ?? DEFAULT_SEED,
        cases,
        batchSize: 40,
        only: integer(env, 'ZENSTACK_POLICY_FUZZ_ONLY'),
        selfCheck: share(env, 'ZENSTACK_POLICY_FUZZ_SELF_CHECK') ?? 0.1,
        logQueries: env.ZENSTACK_POLICY_FUZZ_LOG === '1',
        printCoverage: env.ZENSTACK_POLICY_FUZZ_COVERAGE === '1',
    };
}

function share(env: NodeJS.ProcessEnv, name: string): number | undefined {
    const value = env[name];
    if (value === undefined || value === '') return undefined;
    const parsed = Number(value);
    if (!(parsed >= 0 && parsed <= 1)) throw new Error(`${name} must be a number from 0 to 1, got '${value}'`);
    return parsed;
}
