import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { PrismaModuleLike, ZodSchemas } from '@zenstackhq/runtime';
import type { ModelMeta } from '@zenstackhq/sdk';
import { CLIENT_OUTPUT } from '../schema-prelude.js';

/**
 * A PrismaClient generated for a test schema. Its type depends on the schema, which is only known
 * at run time, so tests use it untyped, as with ZenStack v2's testtools.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyPrismaClient = any;

/** The `Prisma` namespace of a generated client: error classes, `sql`, `Decimal`, enums and so on. */
export type PrismaModule = PrismaModuleLike & Readonly<Record<string, unknown>>;

export interface GeneratedClientModule {
    readonly PrismaClient: new (options: Record<string, unknown>) => AnyPrismaClient;
    readonly Prisma: PrismaModule;
}

/** Loads the client `prisma generate` wrote into the project (cached by Node after the first load). */
export function loadGeneratedClient(projectDir: string): GeneratedClientModule {
    return createRequire(join(projectDir, 'package.json'))(`./${CLIENT_OUTPUT}/index.js`) as GeneratedClientModule;
}

/** Loads the metadata `zenstack generate` wrote into the project. */
export function loadProjectModelMeta(projectDir: string): ModelMeta {
    return createRequire(join(projectDir, 'package.json'))('./node_modules/.zenstack/model-meta.js') as ModelMeta;
}

/** Loads the zod schemas `zenstack generate` wrote into the project (`.zenstack/zod`). */
export function loadProjectZodSchemas(projectDir: string): ZodSchemas {
    return createRequire(join(projectDir, 'package.json'))('./node_modules/.zenstack/zod/index.js') as ZodSchemas;
}
