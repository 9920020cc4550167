import type { TestDbProvider } from './load-schema-options.js';

const ALL_PROVIDERS: readonly TestDbProvider[] = ['sqlite', 'postgresql'];

/**
 * The providers a provider loop in tests covers: env ZENSTACK_TEST_DB_PROVIDERS
 * (comma-separated, e.g. `sqlite` when no PostgreSQL server is at hand), else both.
 * @example describe.each(testDbProviders())('%s', (provider) => { ... })
 */
export function testDbProviders(env: NodeJS.ProcessEnv = process.env): TestDbProvider[] {
    const listed = env.ZENSTACK_TEST_DB_PROVIDERS?.split(',')
        .map((p) => p.trim())
        .filter(Boolean);
    if (!listed?.length) return [...ALL_PROVIDERS];
    for (const provider of listed) {
        if (!(ALL_PROVIDERS as readonly string[]).includes(provider)) {
            throw new Error(`ZENSTACK_TEST_DB_PROVIDERS: unknown provider '${provider}' (expected ${ALL_PROVIDERS.join(', ')})`);
        }
    }
    return listed as TestDbProvider[];
}
