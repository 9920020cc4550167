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
    const direct = directResult(call);
    const row = decidedOnData(call, data)
        ? // the rules hold for the data itself, and Prisma may run every nested write: one statement
          ((await call.run(call.model, 'create', { data, ...(direct?.selection ?? { select: idSelect(call.meta, call.model) }) })) as Plain)
        : await call.transaction((tx) => createRow(tx, tx.model, data, direct?.selection));
    return writeResult(call, direct, row);
}

/** Whether the create rules allow the data as given (P2004 when they deny it), with no nested write needing its own check. */
function decidedOnData(call: PolicyCall, data: Plain): boolean {
    if (uncheckedNestedWrites(call.meta, call.guards, call.model, data).length > 0) return false;
    const decided = decideOnValues(call.meta, call.model, call.guards.guard(call.model, 'create'), createdValues(call.meta, call.model, data));
    if (decided === false) throw call.reject(`failed the 'create' check`);
    return decided === true;
}

/**
 * When the write's own result can be what a read-back would return: no field has read rules and
 * no relation is selected. `selection` is what the write asks for; with `checked`, the read
 * rules are decided on the returned row in memory (the whole row, so every field they read is
 * there), and a read-back happens only when they can't be.
 */
export interface DirectResult {
    readonly selection: Plain;
    readonly checked: boolean;
}

export function directResult(call: PolicyCall): DirectResult | undefined {
    const info = call.meta.models[call.model];
    if (!info || Object.keys(info.policy?.fields ?? {}).length > 0 || info.discriminator) return undefined;
    const selection = selectionOf(call.args);
    const relationSelected = ['select', 'include'].some((key) => {
        const entries = selection[key];
        return typeof entries === 'object' && entries !== null && Object.keys(entries).some((f) => f === '_count' || info.fields[f]?.kind === 'object');
    });
    if (relationSelected) return undefined;
    const select = selection.select as Plain | undefined;
    const omit = selection.omit as Plain | undefined;
    const guard = call.guards.guard(call.model, 'read');
    if (guard !== true) return select || omit ? undefined : { selection, checked: true };
    // the rules are checked by id: a selection without the ids reads back instead
    if ((select && info.idFields.some((id) => !select[id])) || (omit && info.idFields.some((id) => omit[id]))) return undefined;
    return { selection, checked: false };
}

/** The written row as the user may read it: the write's own result when it can be (see `DirectResult`), else read back. */
export async function writeResult(call: PolicyCall, direct: DirectResult | undefined, row: Plain): Promise<unknown> {
    if (!direct) return readBack(call, row);
    if (!direct.checked) return row;
    const readable = decideOnValues(call.meta, call.model, call.guards.guard(call.model, 'read'), row);
    if (readable === false) throw call.reject('the result of the operation is not readable', CrudFailureReason.RESULT_NOT_READABLE);
    return readable ? row : readBack(call, row);
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
