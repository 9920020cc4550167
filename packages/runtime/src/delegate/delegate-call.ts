import type { OperationContext, Proceed } from '../pipeline/enhancement.js';
import type { DbClient, PrismaArgs } from '../prisma/prisma-client-like.js';
import type { PrismaOperation } from '../prisma/prisma-operations.js';
import type { DelegateHierarchy } from './hierarchy.js';
import { mergeRow, planNeedsMerge } from './rewrite/merge-result.js';
import type { Plain } from './rewrite/paths.js';
import type { ReadPlan } from './rewrite/read-plan.js';
import { rewriteRead } from './rewrite/selection.js';
import { createWriteContext, type WriteContext } from './rewrite/write-context.js';

/** One logical operation being carried out on the physical tables. */
export interface DelegateCall {
    readonly h: DelegateHierarchy;
    readonly ctx: OperationContext;
    readonly model: string;
    readonly args: Plain;
    /** runs a physical operation on the call's client (or the given transaction client) */
    run(model: string, operation: PrismaOperation, args: PrismaArgs, db?: DbClient): Promise<unknown>;
    /** runs `fn` in a transaction: the caller's, or a new one */
    transaction<T>(fn: (call: DelegateCall) => Promise<T>): Promise<T>;
    /** a write context whose unique lookups run on this call's client */
    writeContext(): WriteContext;
}

export function createDelegateCall(h: DelegateHierarchy, ctx: OperationContext, proceed: Proceed): DelegateCall {
    const call: DelegateCall = {
        h,
        ctx,
        model: ctx.model,
        args: (ctx.args ?? {}) as Plain,
        run: (model, operation, args, db) => proceed({ ...ctx, model, operation, args, db: db ?? ctx.db, inTransaction: db ? true : ctx.inTransaction }),
        async transaction(fn) {
            if (ctx.inTransaction) return fn(call);
            const begin = ctx.db['$transaction'] as (fn: (tx: DbClient) => Promise<unknown>) => Promise<unknown>;
            return begin.call(ctx.db, (tx) => fn(createDelegateCall(h, { ...ctx, db: tx, inTransaction: true }, proceed))) as Promise<never>;
        },
        writeContext: () => createWriteContext(h, (model, where) => findIds(call, model, where)),
    };
    return call;
}

/** The id fields of the first row of `model` that `where` (logical) matches, or null. */
export async function findIds(call: DelegateCall, model: string, where: Plain): Promise<Plain | null> {
    const { args, plan } = rewriteRead(call.h, model, { where, select: idSelect(call.h, model) }, false);
    const row = await call.run(model, 'findFirst', args);
    return row === null ? null : (mergeRow(call.h, plan, row) as Plain);
}

export function idSelect(h: DelegateHierarchy, model: string): Plain {
    return Object.fromEntries(h.model(model).idFields.map((f) => [f, true]));
}

/** A filter on the id fields matching any of `rows`. */
export function idsFilter(h: DelegateHierarchy, model: string, rows: readonly Plain[]): Plain {
    const ids = h.model(model).idFields;
    if (ids.length === 1) return { [ids[0]!]: { in: rows.map((r) => r[ids[0]!]) } };
    return { OR: rows.map((r) => Object.fromEntries(ids.map((f) => [f, r[f]]))) };
}

/** Merges a result (one row, rows, or null) with its plan when the plan changes anything. */
export function mergeResult(h: DelegateHierarchy, plan: ReadPlan, result: unknown): unknown {
    if (!planNeedsMerge(plan)) return result;
    return Array.isArray(result) ? result.map((row) => mergeRow(h, plan, row)) : mergeRow(h, plan, result);
}
