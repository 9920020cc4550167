import { createNotFoundError } from '../../errors/prisma-errors.js';
import { findIds, mergeResult, type DelegateCall } from '../delegate-call.js';
import { withSideEffects } from '../orphan-cleanup.js';
import type { Plain } from '../rewrite/paths.js';
import { rewriteRead, rewriteSelection } from '../rewrite/selection.js';
import { uniqueByFields } from '../rewrite/unique-where.js';
import { rewriteWhere } from '../rewrite/where.js';
import { scopedWhere } from '../rewrite/write-data.js';
import { selectionOf, withoutSelection } from './selection-args.js';

const RECORD_NOT_FOUND = 'An operation failed because it depends on one or more records that were required but not found. Record to delete does not exist.';

/**
 * `delete`: a row of a hierarchy is deleted at its top base, whose foreign keys cascade down
 * through every table. The row is read first, since it is the result.
 */
export async function deleteOne(call: DelegateCall): Promise<unknown> {
    const { h, model, args } = call;
    const write = call.writeContext();
    if (!h.isPolymorphic(model)) {
        const { selection, plan } = rewriteSelection(h, model, args, true);
        return withSideEffects(call, write, async (c) => mergeResult(h, plan, await c.run(model, 'delete', { ...withoutSelection(args), where: rewriteWhere(h, model, args.where), ...selection })), true);
    }
    const root = h.root(model);
    return call.transaction((tx) =>
        withSideEffects(tx, write, async (c) => {
            const ids = await findIds(c, model, args.where as Plain);
            if (!ids) throw createNotFoundError(call.ctx.env.errors, { model, message: RECORD_NOT_FOUND });
            const { args: read, plan } = rewriteRead(h, model, { where: ids, ...selectionOf(args) });
            const row = mergeResult(h, plan, await c.run(model, 'findFirst', read));
            const idFields = h.model(root).idFields;
            await c.run(root, 'delete', { where: uniqueByFields(h, root, idFields, idFields.map((f) => ids[f])) });
            return row;
        }, true),
    );
}

/** `deleteMany`: one statement at the top base, for the rows of this model that match. */
export async function deleteMany(call: DelegateCall): Promise<unknown> {
    const { h, model, args } = call;
    const write = call.writeContext();
    const table = h.isPolymorphic(model) ? h.root(model) : model;
    const where = h.isPolymorphic(model) ? scopedWhere(h, model, args.where as Plain | undefined, table) : rewriteWhere(h, model, args.where);
    return withSideEffects(call, write, (c) => c.run(table, 'deleteMany', { ...args, where }), true);
}
