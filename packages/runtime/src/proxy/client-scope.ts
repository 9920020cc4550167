import type { OperationPipeline } from '../pipeline/operation-pipeline.js';
import type { DbClient } from '../prisma/prisma-client-like.js';
import type { RelationLookup } from './deferred-operation.js';

/** What an enhanced client (root, transaction or `$extends` result) dispatches to. */
export interface ClientScope {
    /** the un-enhanced client underneath */
    readonly db: DbClient;
    readonly inTransaction: boolean;
    readonly pipeline: OperationPipeline;
    readonly relations: RelationLookup;
}
