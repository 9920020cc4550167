import { createNotFoundError } from '../../errors/prisma-errors.js';
import { findIds, mergeResult, type DelegateCall } from '../delegate-call.js';
import { withSideEffects } from '../orphan-cleanup.js';
import { isPlainObject, type Plain } from '../rewrite/paths.js';
import { rewriteSelection } from '../rewrite/selection.js';
import { isPhysicalUnique, toPhysicalUnique } from '../rewrite/unique-where.js';
import { rewriteCreateData, rewriteUpdateData } from '../rewrite/write-data.js';
import { withoutSelection } from './selection-args.js';

const RECORD_NOT_FOUND = 'An operation failed because it depends on one or more records that were required but not found. Record to update not found.';

/** `update`: inherited fields are updated through a nested update of the base row. */
export async function update(call: DelegateCall): Promise<unknown> {
    const { h, model, args } = call;
    let write = call.writeContext();
    const where = await toPhysicalUnique(write, model, args.where);
    if (where === null) throw createNotFoundError(call.ctx.env.errors, { model, message: RECORD_NOT_FOUND });
    let data = await rewriteUpdateData(write, model, args.data, args.where as Plain);
    if (write.sideWrites.length > 0) {
        // nested writes that run separately find their rows through the parent's id, which
        // the update itself cannot change, rather than through filters it might
        const ids = await findIds(call, model, args.where as Plain);
        if (!ids) throw createNotFoundError(call.ctx.env.errors, { model, message: RECORD_NOT_FOUND });
        write = call.writeContext();
        data = await rewriteUpdateData(write, model, args.data, ids);
    }
    const { selection, plan } = rewriteSelection(h, model, args, true);
    return withSideEffects(call, write, async (c) => mergeResult(h, plan, await c.run(model, 'update', { ...withoutSelection(args), where, data, ...selection })));
}

/** `upsert`: Prisma's own when the filter names own columns, else a lookup then update or create. */
export async function upsert(call: DelegateCall): Promise<unknown> {
    const { h, model, args } = call;
    const write = call.writeContext();
    const { selection, plan } = rewriteSelection(h, model, args, true);
    const create = await rewriteCreateData(write, model, args.create);
    const updateData = await rewriteUpdateData(write, model, args.update, args.where as Plain);
    if (isPlainObject(args.where) && isPhysicalUnique(h, model, args.where)) {
        return withSideEffects(call, write, async (c) =>
            mergeResult(h, plan, await c.run(model, 'upsert', { ...withoutSelection(args), create, update: updateData, ...selection })),
        );
    }
    return call.transaction((tx) =>
        withSideEffects(tx, write, async (c) => {
            const ids = await findIds(c, model, args.where as Plain);
            const result = ids
                ? await c.run(model, 'update', { where: ids, data: updateData, ...selection })
                : await c.run(model, 'create', { data: create, ...selection });
            return mergeResult(h, plan, result);
        }),
    );
}
