import type { DmmfDocument, SchemaDef } from '@zenstackhq/sdk';
import { renderLogicalPrismaSchema } from '../generators/logical/logical-prisma-schema.js';

/**
 * Prisma's DMMF of the logical schema (every model with the fields it inherits). Loads
 * `@prisma/internals` on first use only: importing it takes about a second.
 */
export async function getLogicalDmmf(schema: SchemaDef): Promise<DmmfDocument> {
    // a CommonJS package: under ESM its exports may sit on `default`
    const internals = (await import('@prisma/internals')) as typeof import('@prisma/internals') & { default?: typeof import('@prisma/internals') };
    const getDMMF = internals.getDMMF ?? internals.default!.getDMMF;
    // the client output is never used: nothing is generated from this text
    const datamodel = renderLogicalPrismaSchema(schema, './unused-client');
    return (await getDMMF({ datamodel })) as unknown as DmmfDocument;
}
