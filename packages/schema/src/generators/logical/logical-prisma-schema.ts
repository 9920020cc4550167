import type { ConfigBlock, SchemaDef } from '@zenstackhq/sdk';
import { toLogicalSchema, type InheritedRelation } from '../../ir/logical/to-logical-schema.js';
import { generatePrismaSchema } from '../prisma/prisma-schema-generator.js';

export const LOGICAL_CLIENT_DIR = '.logical-prisma-client';

/**
 * The logical schema as Prisma text, with one generator that writes the client to `clientDir`;
 * with `leaveOut`, without the relations sub models inherit (see `toLogicalSchema`).
 */
export function renderLogicalPrismaSchema(schema: SchemaDef, clientDir: string, leaveOut?: (relation: InheritedRelation) => void): string {
    const generator: ConfigBlock = {
        name: 'logical',
        documentation: [],
        fields: [
            { name: 'provider', value: { kind: 'literal', value: 'prisma-client-js' } },
            { name: 'engineType', value: { kind: 'literal', value: 'client' } },
            { name: 'output', value: { kind: 'literal', value: clientDir } },
        ],
    };
    return generatePrismaSchema({ ...toLogicalSchema(schema, leaveOut), generators: [generator], plugins: [] }, { sourceFile: 'the logical view of the ZModel schema' });
}
