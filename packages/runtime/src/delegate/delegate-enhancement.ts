import type { Enhancement, EnhancementEnv, OperationContext, Proceed } from '../pipeline/enhancement.js';
import type { PrismaOperation } from '../prisma/prisma-operations.js';
import { createDelegateCall, type DelegateCall } from './delegate-call.js';
import { PolymorphicWriteError, toPrismaError } from './delegate-errors.js';
import { getHierarchy } from './hierarchy.js';
import { deletesCanOrphan } from './orphan-cleanup.js';
import { aggregate, count } from './operations/aggregate.js';
import { create, createMany, createManyAndReturn } from './operations/create.js';
import { deleteMany, deleteOne } from './operations/delete.js';
import { find } from './operations/find.js';
import { groupBy } from './operations/group-by.js';
import { update, upsert } from './operations/update.js';
import { updateMany } from './operations/update-many.js';

type Handler = (call: DelegateCall) => Promise<unknown>;

/** Every Prisma operation on a model in (or related to) a polymorphic hierarchy. */
const HANDLERS: Record<PrismaOperation, Handler> = {
    findUnique: (call) => find(call, 'findUnique'),
    findUniqueOrThrow: (call) => find(call, 'findUniqueOrThrow'),
    findFirst: (call) => find(call, 'findFirst'),
    findFirstOrThrow: (call) => find(call, 'findFirstOrThrow'),
    findMany: (call) => find(call, 'findMany'),
    create,
    createMany,
    createManyAndReturn,
    update,
    updateMany: (call) => updateMany(call, false),
    updateManyAndReturn: (call) => updateMany(call, true),
    upsert,
    delete: deleteOne,
    deleteMany,
    count,
    aggregate,
    groupBy,
};

/**
 * Polymorphic models on Prisma: each logical operation is carried out on the physical tables
 * (a base table and one per sub model, linked by `delegate_aux_*` relations) and its result
 * merged back. Absent when the schema has no hierarchy.
 */
export function createDelegateEnhancement(env: EnhancementEnv): Enhancement | undefined {
    const h = getHierarchy(env.modelMeta);
    if (!h.hasDelegates) return undefined;
    return {
        kind: 'delegate',
        handles: (model, operation) =>
            h.reachesPolymorphic(model) || ((operation === 'delete' || operation === 'deleteMany') && deletesCanOrphan(h, model)),
        middleware: async (ctx: OperationContext, proceed: Proceed) => {
            try {
                return await HANDLERS[ctx.operation](createDelegateCall(h, ctx, proceed));
            } catch (error) {
                if (error instanceof PolymorphicWriteError) throw toPrismaError(error, env.errors);
                throw error;
            }
        },
    };
}
