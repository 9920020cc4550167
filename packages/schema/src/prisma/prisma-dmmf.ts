import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Prisma's DMMF of a schema text, from the same schema engine (as WebAssembly) Prisma 6.19's
 * CLI uses. In process and in ~0.1 s: `@prisma/internals` or a `prisma` process would load
 * about a second of code for this one call.
 */
export function getPrismaDmmf(datamodel: string): unknown {
    const wasm = require('@prisma/prisma-schema-wasm') as { get_dmmf(params: string): string };
    return JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema: datamodel, noColor: true })));
}

/**
 * Prisma's TypeScript client declarations (`index.d.ts`) for a DMMF, rendered by the
 * `@prisma/client` of the user's project, so they match the runtime it installed.
 */
export function renderPrismaClientTypes(dmmf: unknown, projectDir: string): string {
    const fromProject = createRequire(join(projectDir, 'package.json'));
    let generator: { dmmfToTypes(dmmf: unknown): string; externalToInternalDmmf(dmmf: unknown): unknown };
    try {
        generator = fromProject('@prisma/client/generator-build/index.js');
    } catch {
        generator = require('@prisma/client/generator-build/index.js');
    }
    return generator.dmmfToTypes(generator.externalToInternalDmmf(dmmf));
}
