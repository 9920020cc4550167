import type { TestDbProvider } from './load-schema-options.js';

/** Where the prelude's generator puts the client, relative to the project (and its schema.prisma). */
export const CLIENT_OUTPUT = 'node_modules/.prisma/client';

/**
 * The blocks loadSchema adds to a test schema: a datasource for the provider, an engine-free
 * `prisma-client-js` generator writing inside the project, and the enhancer plugin. The URL is a
 * placeholder the Prisma CLI needs to resolve; tests connect through driver adapters.
 */
export function renderSchemaPrelude(provider: TestDbProvider): string {
    const url = provider === 'sqlite' ? 'file:./dev.db' : 'postgresql://postgres:postgres@127.0.0.1:54329/zenstack_placeholder';
    return [
        'datasource db {',
        `    provider = "${provider}"`,
        `    url      = "${url}"`,
        '}',
        '',
        'generator js {',
        '    provider   = "prisma-client-js"',
        '    engineType = "client"',
        `    output     = "./${CLIENT_OUTPUT}"`,
        '}',
        '',
        'plugin enhancer {',
        '    provider = "@core/enhancer"',
        '}',
        '',
    ].join('\n');
}
