import type { DmmfDocument, SchemaDef } from '@zenstackhq/sdk';
import { renderLogicalPrismaSchema } from '../generators/logical/logical-prisma-schema.js';
import { getPrismaDmmf } from '../prisma/prisma-dmmf.js';

/** Prisma's DMMF of the logical schema (every model with the fields it inherits). */
export async function getLogicalDmmf(schema: SchemaDef): Promise<DmmfDocument> {
    // the client output is never used: nothing is generated from this text
    return getPrismaDmmf(renderLogicalPrismaSchema(schema, './unused-client')) as DmmfDocument;
}
