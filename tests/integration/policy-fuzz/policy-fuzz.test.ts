/**
 * A differential fuzzer of the access policy runtime: random users run random reads and writes
 * through `enhance()` on small random datasets, and an oracle that evaluates the same rules on
 * in-memory rows says what each must return and what the database must hold afterwards.
 * Knobs (harness/fuzz-options.ts): ZENSTACK_POLICY_FUZZ_CASES / _PG_CASES, _SEED, _ONLY (replay
 * one case of a report), _LOG, _COVERAGE, _SELF_CHECK.
 */
import { loadSchema, testDbProviders } from '@zenstackhq/testtools';
import { describe, expect, it } from 'vitest';
import { speedUpSqlite } from './harness/database.js';
import { fuzzOptions } from './harness/fuzz-options.js';
import { runFuzz } from './harness/fuzz-run.js';
import { FUZZ_SCHEMA } from './harness/fuzz-schema.js';
import { countByKind, formatMismatch, summarize } from './harness/report.js';

/** Mismatches printed in full; the rest are counted. */
const SHOWN = 15;

describe.each(testDbProviders())('access policies against an in-memory oracle on %s', (provider) => {
    const options = fuzzOptions(provider);
    const what = options.only !== undefined ? `case ${options.only}` : `${options.cases} random operations`;

    it(`agree on ${what} (seed ${options.seed})`, { timeout: 30 * 60_000 }, async () => {
        const loaded = await loadSchema(FUZZ_SCHEMA, { provider, logPrismaQuery: options.logQueries });
        try {
            if (provider === 'sqlite') await speedUpSqlite(loaded.prisma);
            const start = performance.now();
            const report = await runFuzz(loaded, options);
            console.log(summarize(provider, report, (performance.now() - start) / 1000, options.printCoverage));

            const shown = report.mismatches.slice(0, SHOWN).map((m) => formatMismatch(m, options.only !== undefined));
            expect(report.mismatches.length, `${report.mismatches.length} mismatches (${countByKind(report.mismatches)}):\n\n${shown.join('\n\n')}\n`).toBe(0);
        } finally {
            await loaded.prisma.$disconnect();
        }
    });
});
