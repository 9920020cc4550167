import { findById, MODELS, type ModelName, type Row, type ScalarValue, type State, withRows } from './data-model.js';
import type { Plain } from './where-filter.js';

/** A write the database (or Prisma's validation) refuses, with the error codes it may report. */
export class DbError extends Error {
    constructor(readonly codes: readonly string[]) {
        super(`database error ${codes.join('/')}`);
    }
}

/**
 * A nested `connect` target. Prisma reports a missing one as P2025 (to-one) or P2018 (to-many);
 * a runtime that connects rows of a to-many relation by updating them gets P2025 for them too.
 */
export function requireRow(state: State, model: ModelName, where: Plain, codes: readonly string[] = ['P2025']): Row {
    const row = state[model].find((r) => Object.entries(where).every(([k, v]) => r[k] === v));
    if (!row) throw new DbError(codes);
    return row;
}

/** Unique (P2002) and foreign key (P2003) checks of a row about to be written over `previous`. */
export function checkRow(state: State, model: ModelName, row: Row, previous: Row | undefined): void {
    const codes = violations(state, model, row, (other) => other !== previous);
    if (codes.length > 0) throw new DbError(codes);
}

/** The unique and foreign key violations of `row` among the rows `others` picks. */
function violations(state: State, model: ModelName, row: Row, others: (other: Row) => boolean): string[] {
    const codes = new Set<string>();
    for (const [field, scalar] of Object.entries(MODELS[model].scalars)) {
        if ((field !== 'id' && !scalar.unique) || row[field] === null) continue;
        if (state[model].some((other) => others(other) && other[field] === row[field])) codes.add('P2002');
    }
    for (const relation of Object.values(MODELS[model].relations)) {
        if (relation.kind === 'one' && row[relation.fk] !== null && !findById(state, relation.target, row[relation.fk]!)) codes.add('P2003');
    }
    return [...codes];
}

/** Sets fields of one row, with the database's checks. */
export function setFields(state: State, model: ModelName, row: Row, values: Readonly<Record<string, ScalarValue>>): State {
    const updated = { ...row, ...values };
    checkRow(state, model, updated, row);
    return withRows(state, model, state[model].map((r) => (r === row ? updated : r)));
}

/** Sets fields of several rows in one statement: the database may report the violation of any of them. */
export function setFieldsOfRows(state: State, model: ModelName, rows: readonly Row[], values: (row: Row) => Readonly<Record<string, ScalarValue>>): State {
    const updated = new Map(rows.map((row) => [row, { ...row, ...values(row) }]));
    const next = withRows(state, model, state[model].map((r) => updated.get(r) ?? r));
    const codes = new Set([...updated.values()].flatMap((row) => violations(next, model, row, (other) => other.id !== row.id)));
    if (codes.size > 0) throw new DbError([...codes]);
    return next;
}

/** Deletes rows, cascading and setting foreign keys to null as the schema says. */
export function deleteRows(state: State, model: ModelName, rows: readonly Row[]): State {
    if (rows.length === 0) return state;
    const ids = new Set(rows.map((r) => r.id));
    let next = withRows(state, model, state[model].filter((r) => !ids.has(r.id)));
    for (const [child, info] of Object.entries(MODELS) as [ModelName, (typeof MODELS)[ModelName]][]) {
        for (const relation of Object.values(info.relations)) {
            if (relation.kind !== 'one' || relation.target !== model) continue;
            const dependents = next[child].filter((r) => ids.has(r[relation.fk]!));
            if (relation.onDelete === 'Cascade') next = deleteRows(next, child, dependents);
            else next = withRows(next, child, next[child].map((r) => (dependents.includes(r) ? { ...r, [relation.fk]: null } : r)));
        }
    }
    return next;
}
