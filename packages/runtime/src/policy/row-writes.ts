import type { Expression, ModelMeta } from '@zenstackhq/sdk';
import { createNotFoundError, isPrismaClientKnownRequestError } from '../errors/prisma-errors.js';
import { isPlainObject, type Plain } from '../delegate/rewrite/paths.js';
import { andUniqueWhere, andWhere, type Filter } from './filter.js';
import { updateGuard } from './field-guards.js';
import { idSelect, idWhere, type PolicyCall } from './policy-call.js';
import { idOf } from './read-guards.js';
import { splitNestedWrites, runChildWrites } from './nested-writes.js';
import { decideOnValues } from './decide-on-data.js';
import { allowedRowKeys, rowKeyOf } from './allowed-rows.js';

/**
 * Creates one row under the create rules and returns its ids. Nested writes Prisma can run
 * unchecked stay nested; the others run as their own checked operations: related rows the new
 * row points to first, rows that point to it after.
 */
export async function createRow(tx: PolicyCall, model: string, data: Plain, selection?: Plain): Promise<Plain> {
    const guard = tx.guards.guard(model, 'create');
    if (guard === false) throw tx.reject(`failed the 'create' check`);
    const { own, children } = await splitNestedWrites(tx, model, data, 'create');
    const row = (await tx.run(model, 'create', { data: own, ...(selection ?? { select: idSelect(tx.meta, model) }) })) as Plain;
    await requireRows(tx, model, [row], guard, `failed the 'create' check`);
    await runChildWrites(tx, model, row, children);
    return row;
}

/**
 * Updates one row under the update rules (and its fields' rules) and returns its ids: the rules
 * join the unique filter, so a row that exists but fails them yields P2004 and a missing one
 * P2025. Rules with `future()` are checked against the updated row.
 */
export async function updateRow(tx: PolicyCall, model: string, where: Plain, data: Plain, selection?: Plain): Promise<Plain> {
    const guard = updateGuard(tx.meta, tx.guards, model, data);
    const postRules = (tx.meta.models[model]?.policy?.rules.postUpdate.length ?? 0) > 0;
    // the values before the update: read, unless the updated row and the data tell them
    const derivable = postRules && isWholeRow(selection) && tx.guards.preUpdateTerms(model).length === 0 && tx.guards.preUpdateFields(model).every((f) => isDerivable(tx.meta, model, f, data));
    const read = postRules && !derivable ? ((await tx.run(model, 'findUnique', { where })) as Plain | null) : undefined;
    const decided = read ? (await decidePreUpdateTerms(tx, model, [read]))(read) : undefined;
    const { own, children } = await splitNestedWrites(tx, model, data, 'update', where);
    let row: Plain;
    // with post-update rules, the updated row comes back whole: the rules are decided on it in memory where they can be
    const returned = selection ?? (postRules ? {} : { select: idSelect(tx.meta, model) });
    try {
        row = (await tx.run(model, 'update', { where: andUniqueWhere(where, guard, idOf(tx.meta, model)), data: own, ...returned })) as Plain;
    } catch (error) {
        throw await explainNotFound(tx, model, where, guard, error, 'update');
    }
    const before = read ?? (derivable ? valuesBefore(tx.guards.preUpdateFields(model), row, data) : undefined);
    if (before) {
        const postGuard = tx.guards.postUpdateGuard(model, before, decided);
        const holds = decideOnValues(tx.meta, model, postGuard, row);
        if (holds === false) throw tx.reject(`failed the post-update check`);
        if (holds === undefined) await requireRows(tx, model, [row], postGuard, `failed the post-update check`);
    }
    await runChildWrites(tx, model, row, children);
    return row;
}

function isWholeRow(selection: Plain | undefined): boolean {
    return selection === undefined || Object.keys(selection).length === 0;
}

/** A field's value before an update follows from after it: left alone, or moved by a whole number. */
function isDerivable(meta: ModelMeta, model: string, field: string, data: Plain): boolean {
    const info = meta.models[model]?.fields[field];
    const change = data[field];
    if (!info || info.isUpdatedAt) return false;
    if (change === undefined) return true;
    return info.type === 'Int' && isPlainObject(change) && Object.keys(change).length === 1 && (typeof change.increment === 'number' || typeof change.decrement === 'number');
}

function valuesBefore(fields: readonly string[], after: Plain, data: Plain): Plain {
    return Object.fromEntries(
        fields.map((f) => {
            const change = data[f] as Plain | undefined;
            if (change === undefined) return [f, after[f]];
            const delta = typeof change.increment === 'number' ? change.increment : -(change.decrement as number);
            return [f, (after[f] as number) - delta];
        }),
    );
}

/**
 * Decides the terms of the post-update rules that follow relations (see `preUpdateTerms`) for
 * rows about to be updated: one query per term for all rows.
 */
export async function decidePreUpdateTerms(call: PolicyCall, model: string, rows: readonly Plain[]): Promise<(row: Plain) => ReadonlyMap<Expression, boolean>> {
    const terms = call.guards.preUpdateTerms(model);
    const key = rowKeyOf(call.meta, model);
    const findAllowed = async (m: string, where: Plain, select: Plain) => (await call.run(m, 'findMany', { where, select })) as Plain[];
    const holding = new Map<Expression, ReadonlySet<string>>();
    for (const { term, filter } of terms) holding.set(term, await allowedRowKeys(call.meta, model, rows, filter, findAllowed));
    return (row) => new Map(terms.map(({ term }) => [term, holding.get(term)!.has(key(row))]));
}

/** Deletes one row under the delete rules. */
export async function deleteRow(tx: PolicyCall, model: string, where: Plain): Promise<void> {
    const guard = tx.guards.guard(model, 'delete');
    try {
        await tx.run(model, 'delete', { where: andUniqueWhere(where, guard, idOf(tx.meta, model)), select: idSelect(tx.meta, model) });
    } catch (error) {
        throw await explainNotFound(tx, model, where, guard, error, 'delete');
    }
}

/** Throws P2004 unless every row (by id) matches `guard`. */
export async function requireRows(call: PolicyCall, model: string, rows: readonly Plain[], guard: Filter, message: string): Promise<void> {
    if (guard === true || rows.length === 0) return;
    const where = andWhere({ OR: rows.map((r) => idWhere(call.meta, model, r)) }, guard, idOf(call.meta, model));
    const matching = (await call.run(model, 'count', { where })) as number;
    if (matching !== rows.length) throw call.reject(message);
}

/**
 * Prisma's "record not found" (or, from a nested write, "records not connected", as the rules in
 * the filter left no row to connect to) for a row that exists but the rules exclude becomes P2004,
 * for a missing row P2025; when the rules let the row through, the error came from a nested write
 * and stays.
 */
async function explainNotFound(call: PolicyCall, model: string, where: Plain, guard: Filter, error: unknown, operation: string): Promise<unknown> {
    if (!isPrismaClientKnownRequestError(error, 'P2025') && !isPrismaClientKnownRequestError(error, 'P2017')) return error;
    const find = (w: Plain) => call.run(model, 'findUnique', { where: w, select: idSelect(call.meta, model) });
    if (!(await find(where))) return isPrismaClientKnownRequestError(error, 'P2025') ? error : createNotFoundError(call.ctx.env.errors, { model, cause: error });
    return guard !== true && !(await find(andUniqueWhere(where, guard, idOf(call.meta, model)))) ? call.reject(`failed the '${operation}' check`) : error;
}
