import { idSelect, idsFilter, mergeResult, type DelegateCall } from '../delegate-call.js';
import { withSideEffects } from '../orphan-cleanup.js';
import type { Plain } from '../rewrite/paths.js';
import { rewriteRead, rewriteSelection } from '../rewrite/selection.js';
import { rewriteWhere } from '../rewrite/where.js';
import { splitUpdateData } from '../rewrite/write-data.js';
import { selectionOf, withoutSelection } from './selection-args.js';

/**
 * `updateMany` and `updateManyAndReturn`. When the data touches one table, one statement does
 * it; otherwise the matching rows' ids are found and each table is updated for those ids, in
 * one transaction.
 */
export async function updateMany(call: DelegateCall, andReturn: boolean): Promise<unknown> {
    const { h, model, args } = call;
    if (!h.isPolymorphic(model)) {
        const { selection, plan } = andReturn ? rewriteSelection(h, model, args, true) : { selection: {}, plan: undefined };
        const result = await call.run(model, andReturn ? 'updateManyAndReturn' : 'updateMany', { ...withoutSelection(args), where: rewriteWhere(h, model, args.where), ...selection });
        return plan ? mergeResult(h, plan, result) : result;
    }
    const write = call.writeContext();
    const levels = await splitUpdateData(write, model, (args.data ?? {}) as Plain);
    if (!andReturn && levels.size === 1 && levels.has(model)) {
        return call.run(model, 'updateMany', { ...args, where: rewriteWhere(h, model, args.where), data: levels.get(model) });
    }
    return call.transaction((tx) =>
        withSideEffects(tx, write, async (c) => {
            const { args: read, plan } = rewriteRead(h, model, { where: args.where, take: args.limit, select: idSelect(h, model) }, false);
            const ids = mergeResult(h, plan, await c.run(model, 'findMany', read)) as Plain[];
            if (ids.length > 0) {
                for (const [level, data] of levels) await c.run(level, 'updateMany', { where: idsFilter(h, model, ids), data });
            }
            if (!andReturn) return { count: ids.length };
            if (ids.length === 0) return [];
            const back = rewriteRead(h, model, { where: idsFilter(h, model, ids), ...selectionOf(args) });
            return mergeResult(h, back.plan, await c.run(model, 'findMany', back.args));
        }),
    );
}
