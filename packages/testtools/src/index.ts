export { loadSchema, type LoadedSchema } from './load-schema.js';
export { DEFAULT_PG_URL, testPrismaMajor, type LoadSchemaOptions, type PrismaMajor, type TestDbProvider } from './load-schema-options.js';
export type { AnyPrismaClient, PrismaModule } from './client/load-generated-client.js';
export { installMatchers, zenstackMatchers } from './matchers/zenstack-matchers.js';
export type { ZenStackMatchers } from './matchers/vitest-matchers.js';
export { testDbProviders } from './test-providers.js';
