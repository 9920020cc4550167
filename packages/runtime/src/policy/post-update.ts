import type { Expression, ModelMeta } from '@zenstackhq/sdk';
import { isPlainObject, type Plain } from '../delegate/rewrite/paths.js';
import type { Filter } from './filter.js';
import type { PolicyCall } from './policy-call.js';
import { decideOnValues, isScalar } from './decide-on-data.js';
import { allowedRowKeys, rowKeyOf } from './allowed-rows.js';

/**
 * How an update of one row meets the post-update (`future()`) rules, cheapest first:
 * - decided before the update: when the data sets every field the rules read through `future()`
 *   to a constant or leaves it alone, the rules are a filter on the row as it is, which joins
 *   the UPDATE's own filter (one statement, no transaction);
 * - decided on the updated row, its values before derived from it and the data (fields left
 *   alone or incremented);
 * - decided on the updated row, its values before read first.
 * The last two run in the caller's transaction, so a failed check rolls the update back.
 */
export interface PostUpdateCheck {
    /** joins the UPDATE's filter */
    readonly guardBefore: Filter;
    /** whether `guardAfter` needs the whole updated row */
    readonly needsRow: boolean;
    /** what the updated row must still match (by id) once decided in memory where it can be; throws P2004 when it can't */
    guardAfter(row: Plain): Filter;
}

const NO_CHECK: PostUpdateCheck = { guardBefore: true, needsRow: false, guardAfter: () => true };

export function hasPostUpdateRules(meta: ModelMeta, model: string): boolean {
    return (meta.models[model]?.policy?.rules.postUpdate.length ?? 0) > 0;
}

/** The post-update rules as a filter on the row before the update, when the data allows (see `PostUpdateCheck`). */
export function postUpdateGuardBefore(call: PolicyCall, model: string, data: Plain): Filter | undefined {
    if (!hasPostUpdateRules(call.meta, model)) return true;
    const futureValues = valuesAfter(call.meta, model, call.guards.futureFields(model), data);
    return futureValues ? call.guards.postUpdateGuardBefore(model, futureValues) : undefined;
}

export async function preparePostUpdateCheck(
    tx: PolicyCall,
    model: string,
    where: Plain,
    data: Plain,
    selection?: Plain,
): Promise<PostUpdateCheck> {
    if (!hasPostUpdateRules(tx.meta, model)) return NO_CHECK;
    const guardBefore = postUpdateGuardBefore(tx, model, data);
    if (guardBefore !== undefined) return { ...NO_CHECK, guardBefore };
    const derivable = isWholeRow(selection) && tx.guards.preUpdateTerms(model).length === 0 && tx.guards.preUpdateFields(model).every((f) => isDerivable(tx.meta, model, f, data));
    const read = derivable ? undefined : ((await tx.run(model, 'findUnique', { where })) as Plain | null);
    const decided = read ? (await decidePreUpdateTerms(tx, model, [read]))(read) : undefined;
    return {
        guardBefore: true,
        needsRow: true,
        guardAfter(row) {
            const before = read ?? (derivable ? valuesBefore(tx.guards.preUpdateFields(model), row, data) : undefined);
            // no row before: the update failed as not found, before any check
            if (!before) return true;
            const postGuard = tx.guards.postUpdateGuard(model, before, decided);
            const holds = decideOnValues(tx.meta, model, postGuard, row);
            if (holds === false) throw tx.reject(`failed the post-update check`);
            return holds ? true : postGuard;
        },
    };
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

/**
 * The values the data gives the fields `future()` reads: constants only. Undefined when one
 * isn't known before the update: an operator (`increment`, `push`), a relation the data writes
 * (or whose key it sets), a timestamp the database sets.
 */
function valuesAfter(meta: ModelMeta, model: string, fields: readonly string[], data: Plain): Plain | undefined {
    const values: Plain = {};
    for (const name of fields) {
        const info = meta.models[model]?.fields[name];
        if (!info) return undefined;
        const change = data[name];
        if (info.kind === 'object') {
            if (change !== undefined || info.relation?.fields?.some((fk) => data[fk] !== undefined)) return undefined;
        } else if (change === undefined) {
            if (info.isUpdatedAt || writesRelationOf(meta, model, name, data)) return undefined;
        } else if (!info.isList && isScalar(change)) {
            values[name] = change;
        } else {
            return undefined;
        }
    }
    return values;
}

/** Whether the data writes a relation whose foreign key is `field` (`team: { disconnect: true }` sets `teamId`). */
function writesRelationOf(meta: ModelMeta, model: string, field: string, data: Plain): boolean {
    const fields = meta.models[model]?.fields ?? {};
    return Object.values(fields).some((f) => f.relation?.fields?.includes(field) && data[f.name] !== undefined);
}


function isWholeRow(selection: Plain | undefined): boolean {
    return selection === undefined || Object.keys(selection).length === 0;
}

/** A field's value before an update follows from after it: left alone, or moved by a whole number. */
function isDerivable(meta: ModelMeta, model: string, field: string, data: Plain): boolean {
    const info = meta.models[model]?.fields[field];
    const change = data[field];
    if (!info || info.isUpdatedAt) return false;
    if (change === undefined) return !writesRelationOf(meta, model, field, data);
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
