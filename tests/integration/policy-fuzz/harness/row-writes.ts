import { checkRow, DbError, deleteRows, requireRow, setFields, setFieldsOfRows } from './db-rows.js';
import { MODELS, relatedOne, type ModelName, type Row, type ScalarValue, type State, withRows } from './data-model.js';
import { VALIDATION } from './operation.js';
import { createPolicyOracle } from './policy-oracle.js';
import type { AuthUser } from './rules.js';
import { isPlain, matchesWhere, type Plain } from './where-filter.js';

/**
 * The rows a write touched besides its own, each to be checked against its rules: nested writes
 * are checked as operations of their own (create rules for created rows, update rules for rows a
 * to-many `connect` points at the written row).
 */
export interface WriteLog {
    readonly created: { readonly model: ModelName; readonly id: ScalarValue }[];
    /** rows a nested update, connect or disconnect changed: their update rules must hold before and after */
    readonly updated: { readonly model: ModelName; readonly before: Row }[];
    /** rows a nested delete removed: their delete rules must hold */
    readonly deleted: { readonly model: ModelName; readonly before: Row }[];
    /** rows a nested updateMany changed (it skipped the ones the rules deny): post-update rules */
    readonly bulkUpdated: { readonly model: ModelName; readonly before: Row }[];
}

export function createLog(): WriteLog {
    return { created: [], updated: [], deleted: [], bulkUpdated: [] };
}

/** A created row and the state with it (and its nested creates and connects). */
export interface Created {
    readonly state: State;
    readonly row: Row;
}

function asList(value: unknown): unknown[] {
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function missing(): never {
    throw new DbError([VALIDATION]);
}

/**
 * Prisma's `create` on in-memory rows: defaults (`@default(auth().id)` from the user), unique
 * and foreign key checks, nested `create`/`connect` of relations, logged. Throws DbError.
 */
export function createRow(state: State, model: ModelName, data: Plain, user: AuthUser | undefined, log: WriteLog): Created {
    const info = MODELS[model];
    let next = state;
    const row: Record<string, ScalarValue> = {};
    // to-one relations given as nested writes set the foreign key (and win over auth defaults)
    for (const [field, relation] of Object.entries(info.relations)) {
        const payload = data[field];
        if (relation.kind !== 'one' || !isPlain(payload)) continue;
        const connectOrCreate = isPlain(payload.connectOrCreate) ? payload.connectOrCreate : undefined;
        const existing = connectOrCreate ? next[relation.target].find((r) => r.id === (connectOrCreate.where as Plain).id) : undefined;
        const create = isPlain(payload.create) ? payload.create : connectOrCreate && !existing ? (connectOrCreate.create as Plain) : undefined;
        if (create) {
            const created = createRow(next, relation.target, create, user, log);
            next = created.state;
            row[relation.fk] = created.row.id!;
        } else if (isPlain(payload.connect)) {
            row[relation.fk] = requireRow(next, relation.target, payload.connect).id!;
        } else if (existing) {
            row[relation.fk] = existing.id!;
        }
    }
    // data that writes a to-one relation as such takes no foreign keys: an auth default connects
    const checked = Object.entries(info.relations).some(([field, r]) => r.kind === 'one' && data[field] !== undefined);
    for (const [field, scalar] of Object.entries(info.scalars)) {
        if (field in row) continue;
        const given = data[field];
        if (given !== undefined) row[field] = given as ScalarValue;
        else if (scalar.default === 'auth' && checked && user) {
            const relation = Object.values(info.relations).find((r) => r.kind === 'one' && r.fk === field)!;
            row[field] = requireRow(next, relation.target, { id: user.id }).id!;
        } else if (scalar.default === 'auth') row[field] = user?.id ?? (scalar.optional ? null : missing());
        else if (scalar.default !== undefined) row[field] = scalar.default;
        else row[field] = missing();
    }
    checkRow(next, model, row, undefined);
    next = withRows(next, model, [...next[model], row]);
    log.created.push({ model, id: row.id! });
    return { state: applyNestedManyWrites(next, model, row, data, user, log), row };
}

/**
 * The nested writes of an update to the row a to-one relation with the key on the updated row
 * points at: `update` of that row (the others, connect and disconnect, are in updatedValues).
 */
export function applyNestedOneWrites(state: State, model: ModelName, before: Row, data: Plain, log: WriteLog): State {
    let next = state;
    for (const [field, relation] of Object.entries(MODELS[model].relations)) {
        const payload = data[field];
        if (relation.kind !== 'one' || !isPlain(payload) || !isPlain(payload.update)) continue;
        const related = relatedOne(state, model, before, field);
        // the runtime refuses to update a relation that isn't set (Prisma reports it not found)
        if (!related) throw new DbError(['P2004', 'P2025']);
        log.updated.push({ model: relation.target, before: related });
        next = setFields(next, relation.target, related, updatedValues(next, relation.target, related, payload.update));
    }
    return next;
}

/**
 * The new scalar values an update's `data` gives a row (`set`, `increment`, `decrement`, a
 * nested `connect`/`disconnect` of a to-one relation, which the row's own rules cover).
 */
export function updatedValues(state: State, model: ModelName, row: Row, data: Plain): Record<string, ScalarValue> {
    const values: Record<string, ScalarValue> = {};
    for (const [field, value] of Object.entries(data)) {
        const relation = MODELS[model].relations[field];
        if (relation) {
            if (relation.kind !== 'one' || !isPlain(value)) continue;
            if (value.disconnect === true) values[relation.fk] = null;
            if (isPlain(value.connect)) values[relation.fk] = requireRow(state, relation.target, value.connect).id!;
            continue;
        }
        if (!isPlain(value)) values[field] = value as ScalarValue;
        else if ('set' in value) values[field] = value.set as ScalarValue;
        else if ('increment' in value) values[field] = (row[field] as number) + (value.increment as number);
        else if ('decrement' in value) values[field] = (row[field] as number) - (value.decrement as number);
    }
    return values;
}

/**
 * Nested creates of a list, in order. Prisma may insert them in one statement, and the database
 * then reports the violation of any of them: a failure names every code the items could raise.
 */
function createEach(state: State, model: ModelName, items: readonly Plain[], user: AuthUser | undefined, log: WriteLog): State {
    let next = state;
    const codes = new Set<string>();
    for (const item of items) {
        try {
            next = createRow(next, model, item, user, codes.size > 0 ? createLog() : log).state;
        } catch (error) {
            if (!(error instanceof DbError)) throw error;
            error.codes.forEach((c) => codes.add(c));
        }
    }
    if (codes.size > 0) throw new DbError([...codes]);
    return next;
}

/**
 * The nested writes to rows that point back at `row`: create(Many), connect, disconnect,
 * update and delete of one of them (each under its rules), and updateMany/deleteMany, which
 * like their top-level forms skip the rows the user may not update or delete.
 */
export function applyNestedManyWrites(state: State, model: ModelName, row: Row, data: Plain, user: AuthUser | undefined, log: WriteLog): State {
    let next = state;
    for (const [field, relation] of Object.entries(MODELS[model].relations)) {
        const payload = data[field];
        if (relation.kind !== 'many' || !isPlain(payload)) continue;
        const target = relation.target;
        const creates = [...asList(payload.create), ...(isPlain(payload.createMany) ? asList(payload.createMany.data) : [])];
        next = createEach(next, target, creates.map((child) => ({ ...(child as Plain), [relation.fk]: row.id })), user, log);
        for (const where of asList(payload.connect)) {
            const connected = requireRow(next, target, where as Plain, ['P2018', 'P2025']);
            log.updated.push({ model: target, before: connected });
            next = setFields(next, target, connected, { [relation.fk]: row.id! });
        }
        // a row of this one's, by a unique filter; a runtime that updates it on its own reports P2025
        const child = (where: unknown) => {
            const found = next[target].find((r) => r[relation.fk] === row.id && matchesWhere(createPolicyOracle(next, user), target, r, where));
            if (!found) throw new DbError(['P2025', 'P2017']);
            return found;
        };
        for (const where of asList(payload.disconnect)) {
            const disconnected = child(where);
            log.updated.push({ model: target, before: disconnected });
            next = setFields(next, target, disconnected, { [relation.fk]: null });
        }
        for (const spec of asList(payload.update) as Plain[]) {
            const updated = child(spec.where);
            log.updated.push({ model: target, before: updated });
            next = setFields(next, target, updated, updatedValues(next, target, updated, spec.data as Plain));
        }
        for (const where of asList(payload.delete)) {
            const deleted = child(where);
            log.deleted.push({ model: target, before: deleted });
            next = deleteRows(next, target, [deleted]);
        }
        const allowed = (where: unknown, operation: 'update' | 'delete') => {
            const policy = createPolicyOracle(next, user);
            return next[target].filter((r) => r[relation.fk] === row.id && matchesWhere(policy, target, r, where) && policy.allows(target, operation, r));
        };
        for (const spec of asList(payload.updateMany) as Plain[]) {
            const rows = allowed(spec.where, 'update');
            log.bulkUpdated.push(...rows.map((before) => ({ model: target, before })));
            next = setFieldsOfRows(next, target, rows, (r) => updatedValues(next, target, r, spec.data as Plain));
        }
        for (const where of asList(payload.deleteMany)) next = deleteRows(next, target, allowed(where, 'delete'));
    }
    return next;
}
