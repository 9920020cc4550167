import type { ZodType } from 'zod';
import { requireGenerated } from '../model-meta/require-generated.js';

/** The generated zod schemas of one model: as declared, for create data, and for update data (partial). */
export interface ModelZodSchemas {
    readonly schema: ZodType;
    readonly create: ZodType;
    readonly update: ZodType;
}

/**
 * What the `@core/zod` plugin generates (`node_modules/.zenstack/zod`, also importable as
 * `@zenstackhq/runtime/zod`), indexed by model and type name.
 */
export interface ZodSchemas {
    readonly models: Readonly<Record<string, ModelZodSchemas>>;
    readonly typeDefs: Readonly<Record<string, ZodType>>;
}

/** Where `zenstack generate` writes the zod schemas by default, as a module specifier. */
export const DEFAULT_ZOD_SCHEMAS_MODULE = '.zenstack/zod';

/**
 * Loads the zod schemas `zenstack generate` wrote to `node_modules/.zenstack/zod`, resolved from
 * `cwd`. Throws an error telling the user to run `zenstack generate` when they are missing.
 */
export function loadZodSchemas(cwd: string = process.cwd()): ZodSchemas {
    return requireGenerated(DEFAULT_ZOD_SCHEMAS_MODULE, 'zod schemas', 'zodSchemas', cwd) as ZodSchemas;
}
