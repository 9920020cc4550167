import type { Plain } from '../../delegate/rewrite/paths.js';
import { applyNestedAuthDefaults } from '../auth-defaults.js';
import { andWhere } from '../filter.js';
import { updateGuard } from '../field-guards.js';
import { uncheckedNestedWrites } from '../nested-writes.js';
import { idSelect, idWhere, type PolicyCall } from '../policy-call.js';
import { guardWhere, idOf } from '../read-guards.js';
import { deleteRow, requireRows, updateRow } from '../row-writes.js';
import { decidePreUpdateTerms, hasPostUpdateRules, postUpdateGuardBefore } from '../post-update.js';
import { directResult, readBackMany, writeResult } from './writes.js';

/** `update`: one row under the update rules, its nested writes under theirs, then read back. */
export async function update(call: PolicyCall): Promise<unknown> {
    const data = applyNestedAuthDefaults(call.meta, call.model, call.args.data ?? {}, call.guards.user) as Plain;
    // one UPDATE carries the rules, unless post-update rules or nested writes need more statements
    const alone = postUpdateGuardBefore(call, call.model, data) !== undefined && uncheckedNestedWrites(call.meta, call.guards, call.model, data).length === 0;
    const direct = directResult(call);
    const write = (tx: PolicyCall) => updateRow(tx, tx.model, readableWhere(call), data, direct?.selection);
    const row = alone ? await write(call) : await call.transaction(write);
    return writeResult(call, direct, row);
}

/** `updateMany`/`updateManyAndReturn`: only rows the user may update change. */
export async function updateMany(call: PolicyCall, andReturn: boolean): Promise<unknown> {
    if (uncheckedNestedWrites(call.meta, call.guards, call.model, call.args.data).length > 0) throw call.reject('updateMany cannot have nested writes');
    const guard = updateGuard(call.meta, call.guards, call.model, call.args.data);
    const where = andWhere(guardWhere(call.meta, call.guards, call.model, call.args.where), guard, idOf(call.meta, call.model));
    const postRules = hasPostUpdateRules(call.meta, call.model);
    if (!postRules && !andReturn) return call.run(call.model, 'updateMany', { ...call.args, where });
    const rows = (await call.transaction(async (tx) => {
        const targets = (await tx.run(tx.model, 'findMany', { where, take: call.args.limit })) as Plain[];
        if (targets.length === 0) return [];
        const decided = await decidePreUpdateTerms(tx, tx.model, postRules ? targets : []);
        const updated = (await tx.run(tx.model, 'updateManyAndReturn', {
            where: { OR: targets.map((t) => idWhere(tx.meta, tx.model, t)) },
            data: call.args.data,
            select: idSelect(tx.meta, tx.model),
        })) as Plain[];
        for (const before of postRules ? targets : []) {
            await requireRows(tx, tx.model, [before], tx.guards.postUpdateGuard(tx.model, before, decided(before)), `failed the post-update check`);
        }
        return updated;
    })) as Plain[];
    return andReturn ? readBackMany(call, rows) : { count: rows.length };
}

/** `delete`: like update; the deleted row is read (with the read rules) before it goes. */
export async function deleteOne(call: PolicyCall): Promise<unknown> {
    const { where, ...selection } = call.args;
    const readable = await call.transaction(async (tx) => {
        const row = await tx.read(tx.model, 'findUnique', { where, ...selection });
        await deleteRow(tx, tx.model, readableWhere(call));
        return row;
    });
    // after the commit, as in ZenStack v2: the delete happened, its result may not be shown
    if (!readable) throw call.reject('the result of the operation is not readable', 'RESULT_NOT_READABLE');
    return readable;
}

/** The unique `where` of an update or delete, its relation filters seeing only readable rows (as in reads). */
function readableWhere(call: PolicyCall): Plain {
    return guardWhere(call.meta, call.guards, call.model, call.args.where) ?? {};
}

/** `deleteMany`: only rows the user may delete go. */
export async function deleteMany(call: PolicyCall): Promise<unknown> {
    const where = andWhere(guardWhere(call.meta, call.guards, call.model, call.args.where), call.guards.guard(call.model, 'delete'), idOf(call.meta, call.model));
    return call.run(call.model, 'deleteMany', { ...call.args, where });
}
