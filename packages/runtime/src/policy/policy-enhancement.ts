import type { ModelMeta, PolicyOperation } from '@zenstackhq/sdk';
import { canBeAllowed } from './check-permission.js';

const CHECKABLE: readonly PolicyOperation[] = ['create', 'read', 'update', 'delete'];
import type { Plain } from '../delegate/rewrite/paths.js';
import type { Enhancement, EnhancementEnv } from '../pipeline/enhancement.js';
import type { PrismaOperation } from '../prisma/prisma-operations.js';
import { aggregateRead, find } from './operations/reads.js';
import { deleteMany, deleteOne, update, updateMany } from './operations/updates.js';
import { create, createMany, upsert } from './operations/writes.js';
import { createPolicyCall, type PolicyCall } from './policy-call.js';
import { createPolicyGuards } from './policy-guards.js';

type Handler = (call: PolicyCall) => Promise<unknown>;

const dispatch = (call: PolicyCall) => HANDLERS[call.ctx.operation](call);

/** Every Prisma operation under access rules. */
const HANDLERS: Record<PrismaOperation, Handler> = {
    findUnique: (call) => find(call, 'findUnique'),
    findUniqueOrThrow: (call) => find(call, 'findUniqueOrThrow'),
    findFirst: (call) => find(call, 'findFirst'),
    findFirstOrThrow: (call) => find(call, 'findFirstOrThrow'),
    findMany: (call) => find(call, 'findMany'),
    count: (call) => aggregateRead(call, 'count'),
    aggregate: (call) => aggregateRead(call, 'aggregate'),
    groupBy: (call) => aggregateRead(call, 'groupBy'),
    create,
    createMany: (call) => createMany(call, false),
    createManyAndReturn: (call) => createMany(call, true),
    update,
    updateMany: (call) => updateMany(call, false),
    updateManyAndReturn: (call) => updateMany(call, true),
    upsert: (call) => upsert(call, update),
    delete: deleteOne,
    deleteMany,
};

/**
 * Access rules from the schema, enforced inside each query for the user of the `enhance()`
 * call: reads see only the rows (and related rows) the rules allow, writes the rules reject
 * fail with P2004, and bulk writes affect only the allowed rows.
 */
export function createPolicyEnhancement(env: EnhancementEnv): Enhancement | undefined {
    const meta = env.modelMeta;
    const user = validateUser(meta, env.context.user as Plain | undefined);
    return {
        kind: 'policy',
        handles: () => true,
        middleware: (ctx, proceed) => {
            const guards = guardsFor(meta, user, ctx.db);
            return dispatch(createPolicyCall(meta, guards, ctx, proceed, dispatch));
        },
        modelMethods: {
            check: async ({ model, db }, args) => {
                const { operation, where } = (args ?? {}) as { operation?: string; where?: Plain };
                if (!operation || !CHECKABLE.includes(operation as PolicyOperation)) {
                    throw new Error(`check() needs an operation: one of ${CHECKABLE.join(', ')}`);
                }
                return canBeAllowed(guardsFor(meta, user, db).guard(model, operation as PolicyOperation), where);
            },
        },
    };
}

// guards depend on the user and the client only through field references; one set per client
const guardCache = new WeakMap<object, ReturnType<typeof createPolicyGuards>>();

function guardsFor(meta: ModelMeta, user: Plain | undefined, db: object) {
    let guards = guardCache.get(db);
    if (!guards || guards.user !== user) {
        guards = createPolicyGuards(meta, user, db as never);
        guardCache.set(db, guards);
    }
    return guards;
}

/** A user must carry the id fields of the auth model, or `auth()` could not be compared. */
function validateUser(meta: ModelMeta, user: Plain | undefined): Plain | undefined {
    if (user === undefined || user === null) return undefined;
    const authModel = meta.authModel;
    const ids = authModel ? (meta.models[authModel]?.idFields ?? []) : [];
    const missing = ids.filter((id) => user[id] === undefined || user[id] === null);
    if (missing.length > 0) {
        throw new Error(`the user passed to enhance() must have the id field(s) of the auth model ${authModel}: missing ${missing.join(', ')}`);
    }
    return user;
}
