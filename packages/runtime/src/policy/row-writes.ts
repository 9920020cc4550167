import { createNotFoundError, isPrismaClientKnownRequestError } from '../errors/prisma-errors.js';
import type { Plain } from '../delegate/rewrite/paths.js';
import { and, andUniqueWhere, andWhere, type Filter } from './filter.js';
import { updateGuard } from './field-guards.js';
import { idSelect, idWhere, type PolicyCall } from './policy-call.js';
import { idOf } from './read-guards.js';
import { splitNestedWrites, runChildWrites } from './nested-writes.js';
import { preparePostUpdateCheck } from './post-update.js';

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
 * P2025. Rules with `future()` are met as `preparePostUpdateCheck` says.
 */
export async function updateRow(tx: PolicyCall, model: string, where: Plain, data: Plain, selection?: Plain): Promise<Plain> {
    const guard = updateGuard(tx.meta, tx.guards, model, data);
    const post = await preparePostUpdateCheck(tx, model, where, data, selection);
    const { own, children } = await splitNestedWrites(tx, model, data, 'update', where);
    let row: Plain;
    const returned = selection ?? (post.needsRow ? {} : { select: idSelect(tx.meta, model) });
    try {
        row = (await tx.run(model, 'update', { where: andUniqueWhere(where, and(guard, post.guardBefore), idOf(tx.meta, model)), data: own, ...returned })) as Plain;
    } catch (error) {
        throw await explainNotFound(tx, model, where, error, [
            [guard, `failed the 'update' check`],
            [post.guardBefore, `failed the post-update check`],
        ]);
    }
    await requireRows(tx, model, [row], post.guardAfter(row), `failed the post-update check`);
    await runChildWrites(tx, model, row, children);
    return row;
}

/** Deletes one row under the delete rules. */
export async function deleteRow(tx: PolicyCall, model: string, where: Plain): Promise<void> {
    const guard = tx.guards.guard(model, 'delete');
    try {
        await tx.run(model, 'delete', { where: andUniqueWhere(where, guard, idOf(tx.meta, model)), select: idSelect(tx.meta, model) });
    } catch (error) {
        throw await explainNotFound(tx, model, where, error, [[guard, `failed the 'delete' check`]]);
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
 * the filter left no row to connect to) for a row that exists but the rules exclude becomes P2004
 * with the message of the first guard it fails, for a missing row P2025; when the rules let the
 * row through, the error came from a nested write and stays.
 */
async function explainNotFound(call: PolicyCall, model: string, where: Plain, error: unknown, guards: readonly (readonly [Filter, string])[]): Promise<unknown> {
    if (!isPrismaClientKnownRequestError(error, 'P2025') && !isPrismaClientKnownRequestError(error, 'P2017')) return error;
    const find = (w: Plain) => call.run(model, 'findUnique', { where: w, select: idSelect(call.meta, model) });
    if (!(await find(where))) return isPrismaClientKnownRequestError(error, 'P2025') ? error : createNotFoundError(call.ctx.env.errors, { model, cause: error });
    let passed: Filter = true;
    for (const [guard, message] of guards) {
        if (guard === true) continue;
        passed = and(passed, guard);
        if (!(await find(andUniqueWhere(where, passed, idOf(call.meta, model))))) return call.reject(message);
    }
    return error;
}
