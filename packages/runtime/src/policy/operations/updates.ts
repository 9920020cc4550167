import { isPrismaClientKnownRequestError } from '../../errors/prisma-errors.js';
import type { Plain } from '../../delegate/rewrite/paths.js';
import { and, andUniqueWhere, andWhere } from '../filter.js';
import { fieldUpdateGuard } from '../field-guards.js';
import { idSelect, idWhere, type PolicyCall } from '../policy-call.js';
import { guardWhere, idOf } from '../read-guards.js';
import { readBack, readBackMany, refuseUncheckedNestedWrites, requireRows } from './writes.js';

/**
 * `update`: the update rules join the unique filter, so a row the user may not update is
 * not touched; then a row that exists yields P2004 and a missing one Prisma's P2025. Rules
 * with `future()` are checked against the updated row in the same transaction.
 */
export async function update(call: PolicyCall): Promise<unknown> {
    refuseUncheckedNestedWrites(call, call.args.data);
    const guard = and(call.guards.guard(call.model, 'update'), fieldUpdateGuard(call.meta, call.guards, call.model, call.args.data));
    const postRules = call.meta.models[call.model]?.policy?.rules.postUpdate.length ?? 0;
    const row = (await call.transaction(async (tx) => {
        const before = postRules > 0 ? ((await tx.run(tx.model, 'findUnique', { where: call.args.where })) as Plain | null) : undefined;
        let updated: Plain;
        try {
            updated = (await tx.run(tx.model, 'update', { where: andUniqueWhere(call.args.where, guard, idOf(call.meta, call.model)), data: call.args.data, select: idSelect(tx.meta, tx.model) })) as Plain;
        } catch (error) {
            throw await explainNotFound(tx, error, 'update');
        }
        if (before) await requireRows(tx, tx.model, [updated], tx.guards.postUpdateGuard(tx.model, before), `failed the post-update check`);
        return updated;
    })) as Plain;
    return readBack(call, row);
}

/** `updateMany`/`updateManyAndReturn`: only rows the user may update change. */
export async function updateMany(call: PolicyCall, andReturn: boolean): Promise<unknown> {
    refuseUncheckedNestedWrites(call, call.args.data);
    const guard = and(call.guards.guard(call.model, 'update'), fieldUpdateGuard(call.meta, call.guards, call.model, call.args.data));
    const where = andWhere(guardWhere(call.meta, call.guards, call.model, call.args.where), guard, idOf(call.meta, call.model));
    const postRules = call.meta.models[call.model]?.policy?.rules.postUpdate.length ?? 0;
    if (postRules === 0 && !andReturn) return call.run(call.model, 'updateMany', { ...call.args, where });
    const rows = (await call.transaction(async (tx) => {
        const targets = (await tx.run(tx.model, 'findMany', { where, take: call.args.limit })) as Plain[];
        if (targets.length === 0) return [];
        const updated = (await tx.run(tx.model, 'updateManyAndReturn', {
            where: { OR: targets.map((t) => idWhere(tx.meta, tx.model, t)) },
            data: call.args.data,
            select: idSelect(tx.meta, tx.model),
        })) as Plain[];
        for (const before of postRules > 0 ? targets : []) {
            await requireRows(tx, tx.model, [before], tx.guards.postUpdateGuard(tx.model, before), `failed the post-update check`);
        }
        return updated;
    })) as Plain[];
    return andReturn ? readBackMany(call, rows) : { count: rows.length };
}

/** `delete`: like update; the deleted row is read (with the read rules) before it goes. */
export async function deleteOne(call: PolicyCall): Promise<unknown> {
    const guard = call.guards.guard(call.model, 'delete');
    const { where, ...selection } = call.args;
    const readable = await call.transaction(async (tx) => {
        const row = await tx.read(tx.model, 'findUnique', { where, ...selection });
        try {
            await tx.run(tx.model, 'delete', { where: andUniqueWhere(where, guard, idOf(call.meta, call.model)), select: idSelect(tx.meta, tx.model) });
        } catch (error) {
            throw await explainNotFound(tx, error, 'delete');
        }
        return row;
    });
    // after the commit, as in ZenStack v2: the delete happened, its result may not be shown
    if (!readable) throw call.reject('the result of the operation is not readable', 'RESULT_NOT_READABLE');
    return readable;
}

/** `deleteMany`: only rows the user may delete go. */
export async function deleteMany(call: PolicyCall): Promise<unknown> {
    const where = andWhere(guardWhere(call.meta, call.guards, call.model, call.args.where), call.guards.guard(call.model, 'delete'), idOf(call.meta, call.model));
    return call.run(call.model, 'deleteMany', { ...call.args, where });
}

/** Prisma's "record not found" for a row that exists but the rules exclude becomes P2004. */
async function explainNotFound(call: PolicyCall, error: unknown, operation: string): Promise<unknown> {
    if (!isPrismaClientKnownRequestError(error, 'P2025')) return error;
    const exists = await call.run(call.model, 'findUnique', { where: call.args.where, select: idSelect(call.meta, call.model) });
    return exists ? call.reject(`failed the '${operation}' check`) : error;
}

export { readBack };
