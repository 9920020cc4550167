import type { Plain } from '../../delegate/rewrite/paths.js';
import { CrudFailureReason } from '../../errors/prisma-errors.js';
import { applyAuthDefaults } from '../auth-defaults.js';
import { idSelect, idWhere, selectionOf, type PolicyCall } from '../policy-call.js';
import { createRow, requireRows } from '../row-writes.js';
import { createdValues, decideOnValues } from '../decide-on-data.js';
import { uncheckedNestedWrites } from '../nested-writes.js';

/**
 * `create`: the row (and its nested writes) is created and checked against the create rules in
 * one transaction, then read back with the read rules; a result the user may not read is
 * rejected after the commit, as in ZenStack v2.
 */
export async function create(call: PolicyCall): Promise<unknown> {
    const data = applyAuthDefaults(call.meta, call.model, call.args.data, call.guards.user) as Plain;
    const direct = directResultSelection(call);
    const row = decidedOnData(call, data)
        ? // the rules hold for the data itself, and Prisma may run every nested write: one statement
          ((await call.run(call.model, 'create', { data, ...(direct ?? { select: idSelect(call.meta, call.model) }) })) as Plain)
        : await call.transaction((tx) => createRow(tx, tx.model, data, direct));
    return direct ? row : readBack(call, row);
}

/** Whether the create rules allow the data as given (P2004 when they deny it), with no nested write needing its own check. */
function decidedOnData(call: PolicyCall, data: Plain): boolean {
    if (uncheckedNestedWrites(call.meta, call.guards, call.model, data).length > 0) return false;
    const decided = decideOnValues(call.meta, call.model, call.guards.guard(call.model, 'create'), createdValues(call.meta, call.model, data));
    if (decided === false) throw call.reject(`failed the 'create' check`);
    return decided === true;
}

/**
 * The user's selection when the write's own result is what a read-back would return: every row
 * of the model is readable, no field has read rules, and no relation is selected. Then the
 * result needs no second query.
 */
export function directResultSelection(call: PolicyCall): Plain | undefined {
    const info = call.meta.models[call.model];
    if (!info || call.guards.guard(call.model, 'read') !== true || Object.keys(info.policy?.fields ?? {}).length > 0 || info.discriminator) return undefined;
    const selection = selectionOf(call.args);
    const relationSelected = ['select', 'include'].some((key) => {
        const entries = selection[key];
        return typeof entries === 'object' && entries !== null && Object.keys(entries).some((f) => f === '_count' || info.fields[f]?.kind === 'object');
    });
    // the rules are checked by id: a selection without the ids reads back instead
    const select = selection.select as Plain | undefined;
    const omit = selection.omit as Plain | undefined;
    if (relationSelected || (select && info.idFields.some((id) => !select[id])) || (omit && info.idFields.some((id) => omit[id]))) return undefined;
    return Object.keys(selection).length > 0 ? selection : {};
}

/** `createMany` / `createManyAndReturn`: every created row must pass the create rules. */
export async function createMany(call: PolicyCall, andReturn: boolean): Promise<unknown> {
    const items = (Array.isArray(call.args.data) ? call.args.data : [call.args.data]).map((d) => applyAuthDefaults(call.meta, call.model, d, call.guards.user));
    const guard = call.guards.guard(call.model, 'create');
    if (guard === false) throw call.reject(`failed the 'create' check`);
    const rows = (await call.transaction(async (tx) => {
        const created = (await tx.run(tx.model, 'createManyAndReturn', { data: items, skipDuplicates: call.args.skipDuplicates, select: idSelect(tx.meta, tx.model) })) as Plain[];
        await requireRows(tx, tx.model, created, guard, `failed the 'create' check`);
        return created;
    })) as Plain[];
    if (!andReturn) return { count: rows.length };
    return readBackMany(call, rows);
}

/** `upsert`: the update path when the row exists, the create path otherwise, each with its rules. */
export async function upsert(call: PolicyCall, update: (call: PolicyCall) => Promise<unknown>): Promise<unknown> {
    const existing = await call.run(call.model, 'findUnique', { where: call.args.where, select: idSelect(call.meta, call.model) });
    const { where, create: createData, update: updateData, ...rest } = call.args;
    const next = { ...call, args: existing ? { ...rest, where, data: updateData } : { ...rest, data: createData } };
    return existing ? update(next) : create(next);
}

/** The written row as the user may read it; P2004 RESULT_NOT_READABLE when they may not. */
export async function readBack(call: PolicyCall, row: Plain): Promise<unknown> {
    const result = await call.read(call.model, 'findUnique', { where: idWhere(call.meta, call.model, row), ...selectionOf(call.args) });
    if (!result) throw call.reject('the result of the operation is not readable', CrudFailureReason.RESULT_NOT_READABLE);
    return result;
}

export async function readBackMany(call: PolicyCall, rows: readonly Plain[]): Promise<unknown> {
    if (rows.length === 0) return [];
    return call.read(call.model, 'findMany', { where: { OR: rows.map((r) => idWhere(call.meta, call.model, r)) }, ...selectionOf(call.args) });
}
