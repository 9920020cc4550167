import type { ModelMeta } from '@zenstackhq/sdk';
import { isPlainObject, type Plain } from '../delegate/rewrite/paths.js';
import { createRejectedByPolicyError, CrudFailureReason } from '../errors/prisma-errors.js';
import type { OperationContext, Proceed } from '../pipeline/enhancement.js';
import type { DbClient, PrismaArgs } from '../prisma/prisma-client-like.js';
import type { PrismaOperation } from '../prisma/prisma-operations.js';
import type { PolicyGuards } from './policy-guards.js';
import { idSelect as selectIds } from '../delegate/delegate-call.js';
import { getHierarchy } from '../delegate/hierarchy.js';
import { selectionOf } from '../delegate/operations/selection-args.js';
import { uniqueByFields } from '../delegate/rewrite/unique-where.js';
import { guardedFind } from './guarded-read.js';

/** One operation under access rules: the guards of the user and how to run inner queries. */
export interface PolicyCall {
    readonly ctx: OperationContext;
    readonly meta: ModelMeta;
    readonly guards: PolicyGuards;
    readonly model: string;
    readonly args: Plain;
    /** runs an operation below this layer (no read rules added) on this call's client */
    run(model: string, operation: PrismaOperation, args: PrismaArgs): Promise<unknown>;
    /** runs `fn` in a transaction: the caller's, or a new one */
    transaction<T>(fn: (call: PolicyCall) => Promise<T>): Promise<T>;
    /** another operation under the rules (e.g. a nested write run on its own), on this call's client */
    checked(model: string, operation: PrismaOperation, args: Plain): Promise<unknown>;
    /** a read with the read rules applied, as the user would see it */
    read(model: string, operation: 'findFirst' | 'findMany' | 'findUnique', args: Plain): Promise<unknown>;
    reject(message: string, reason?: (typeof CrudFailureReason)[keyof typeof CrudFailureReason]): Error;
}

/** Runs a policy call through the handler of its operation. */
export type PolicyDispatch = (call: PolicyCall) => Promise<unknown>;

export function createPolicyCall(meta: ModelMeta, guards: PolicyGuards, ctx: OperationContext, proceed: Proceed, dispatch: PolicyDispatch): PolicyCall {
    const call: PolicyCall = {
        ctx,
        meta,
        guards,
        model: ctx.model,
        args: (ctx.args ?? {}) as Plain,
        run: (model, operation, args) => proceed({ ...ctx, model, operation, args }),
        async transaction(fn) {
            if (ctx.inTransaction) return fn(call);
            const begin = ctx.db['$transaction'] as (fn: (tx: DbClient) => Promise<unknown>) => Promise<unknown>;
            return begin.call(ctx.db, (tx) => fn(createPolicyCall(meta, guards, { ...ctx, db: tx, inTransaction: true }, proceed, dispatch))) as Promise<never>;
        },
        checked: (model, operation, args) => dispatch(createPolicyCall(meta, guards, { ...ctx, model, operation, args }, proceed, dispatch)),
        read: (model, operation, args) => guardedFind(meta, guards, model, operation, args, call.run),
        reject: (message, reason = CrudFailureReason.ACCESS_POLICY_VIOLATION) =>
            createRejectedByPolicyError(ctx.env.errors, { model: ctx.model, message, reason }),
    };
    return call;
}

/** The id fields of a row, as a unique filter (compound ids by their constraint's name). */
export function idWhere(meta: ModelMeta, model: string, row: Plain): Plain {
    const ids = meta.models[model]!.idFields;
    return uniqueByFields(getHierarchy(meta), model, ids, ids.map((id) => row[id]));
}

export function idSelect(meta: ModelMeta, model: string): Plain {
    return selectIds(getHierarchy(meta), model);
}

export { selectionOf };
