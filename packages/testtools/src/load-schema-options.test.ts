import { describe, expect, it } from 'vitest';
import { DEFAULT_PG_URL, resolveLoadSchemaOptions } from './load-schema-options.js';
import { renderSchemaPrelude } from './schema-prelude.js';
import { testDbProviders } from './test-providers.js';

describe('loadSchema options', () => {
    it('default to SQLite with the prelude and tables', () => {
        expect(resolveLoadSchemaOptions({}, {})).toEqual({
            addPrelude: true,
            extraFiles: {},
            provider: 'sqlite',
            logPrismaQuery: false,
            dbUrl: undefined,
            pushDb: true,
            generateTypes: false,
            prismaMajor: 6,
        });
    });

    it('take the Prisma major from the environment', () => {
        expect(resolveLoadSchemaOptions({}, { ZENSTACK_TEST_PRISMA: '7' }).prismaMajor).toBe(7);
        expect(resolveLoadSchemaOptions({ prismaMajor: 6 }, { ZENSTACK_TEST_PRISMA: '7' }).prismaMajor).toBe(6);
        expect(() => resolveLoadSchemaOptions({}, { ZENSTACK_TEST_PRISMA: '8' })).toThrow(/must be '6' or '7'/);
    });

    it('take the provider and server from the environment', () => {
        const env = { ZENSTACK_TEST_DB_PROVIDER: 'postgresql', ZENSTACK_TEST_PG_URL: 'postgresql://u:p@db:5432/postgres' };
        expect(resolveLoadSchemaOptions({}, env)).toMatchObject({ provider: 'postgresql', dbUrl: 'postgresql://u:p@db:5432/postgres' });
        expect(resolveLoadSchemaOptions({ provider: 'postgresql' }, {}).dbUrl).toBe(DEFAULT_PG_URL);
        expect(resolveLoadSchemaOptions({ provider: 'sqlite' }, env).provider).toBe('sqlite');
    });

    it('rejects an unknown provider in the environment', () => {
        expect(() => resolveLoadSchemaOptions({}, { ZENSTACK_TEST_DB_PROVIDER: 'mysql' })).toThrow(/must be 'sqlite' or 'postgresql'/);
    });
});

describe('testDbProviders', () => {
    it('covers both providers unless the environment narrows them', () => {
        expect(testDbProviders({})).toEqual(['sqlite', 'postgresql']);
        expect(testDbProviders({ ZENSTACK_TEST_DB_PROVIDERS: 'sqlite' })).toEqual(['sqlite']);
        expect(() => testDbProviders({ ZENSTACK_TEST_DB_PROVIDERS: 'sqlite,oracle' })).toThrow(/unknown provider 'oracle'/);
    });
});

describe('schema prelude', () => {
    it('declares an engine-free client inside the project and the enhancer', () => {
        expect(renderSchemaPrelude('sqlite')).toMatchInlineSnapshot(`
          "datasource db {
              provider = "sqlite"
              url      = "file:./dev.db"
          }

          generator js {
              provider   = "prisma-client-js"
              engineType = "client"
              output     = "./node_modules/.prisma/client"
          }

          plugin enhancer {
              provider = "@core/enhancer"
          }
          "
        `);
    });
});
