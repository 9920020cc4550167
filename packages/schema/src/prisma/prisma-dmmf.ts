import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Prisma's DMMF of a schema text, from the same schema engine (as WebAssembly) Prisma 6.19's
 * CLI uses. In process and in ~0.1 s: `@prisma/internals` or a `prisma` process would load
 * about a second of code for this one call.
 */
export function getPrismaDmmf(datamodel: string): unknown {
    return JSON.parse(getPrismaDmmfText(datamodel));
}

/** The DMMF as the engine's JSON text. */
export function getPrismaDmmfText(datamodel: string): string {
    try {
        return schemaEngine().get_dmmf(JSON.stringify({ prismaSchema: datamodel, noColor: true }));
    } catch (error) {
        throw new Error(`Prisma rejected the schema: ${engineMessage(error)}`);
    }
}

/** The engine throws its error as JSON (`{ error_code, message }`): the message is what to show. */
function engineMessage(error: unknown): string {
    const text = error instanceof Error ? error.message : String(error);
    try {
        return (JSON.parse(text) as { message?: string }).message ?? text;
    } catch {
        return text;
    }
}

/** Prisma's config of a schema (generators, datasources), as `prisma generate` reads it; undefined when the schema is invalid. */
export function getPrismaConfig(schemaFile: string, datamodel: string): unknown {
    try {
        return JSON.parse(schemaEngine().get_config(JSON.stringify({ prismaSchema: [[schemaFile, datamodel]], datasourceOverrides: {}, ignoreEnvVarErrors: true, env: {} })));
    } catch {
        return undefined;
    }
}

function schemaEngine(): { get_dmmf(params: string): string; get_config(params: string): string } {
    return require('@prisma/prisma-schema-wasm');
}

/**
 * Prisma's TypeScript client declarations (`index.d.ts`) for a DMMF, rendered by the
 * `@prisma/client` of the user's project, so they match the runtime it installed.
 */
export function renderPrismaClientTypes(dmmf: unknown, projectDir: string): string {
    const generator = require(clientGeneratorModule(projectDir) ?? require.resolve('@prisma/client/generator-build/index.js')) as {
        dmmfToTypes(dmmf: unknown): string;
        externalToInternalDmmf(dmmf: unknown): unknown;
    };
    return generator.dmmfToTypes(generator.externalToInternalDmmf(dmmf));
}

/** The client generator of the project's `@prisma/client` (`generator-build`), so what it renders matches the runtime installed. */
export function clientGeneratorModule(projectDir: string): string | undefined {
    try {
        return createRequire(join(projectDir, 'package.json')).resolve('@prisma/client/generator-build/index.js');
    } catch {
        return undefined;
    }
}
