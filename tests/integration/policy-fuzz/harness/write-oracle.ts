import { DbError, deleteRows, setFields, setFieldsOfRows } from './db-rows.js';
import { MODELS, type ModelName, type Row, type ScalarValue, type State } from './data-model.js';
import { ACCESS_POLICY_VIOLATION, RESULT_NOT_READABLE, VALIDATION, type Expected, type Operation, type WriteKind } from './operation.js';
import { createPolicyOracle, type PolicyOracle } from './policy-oracle.js';
import { findRows, projectRow, visibleWith } from './read-engine.js';
import { applyNestedManyWrites, applyNestedOneWrites, createLog, createRow, updatedValues, type WriteLog } from './row-writes.js';
import type { AuthUser } from './rules.js';
import { isPlain, matchesWhere, type Plain } from './where-filter.js';

interface WriteCall {
    readonly state: State;
    readonly user: AuthUser | undefined;
    /** the rules on the state before the write */
    readonly before: PolicyOracle;
    readonly model: ModelName;
    readonly args: Plain;
}

type WriteOracle = (call: WriteCall) => Expected;

const denied = (state: State, reason = ACCESS_POLICY_VIOLATION): Expected => ({ status: 'error', codes: ['P2004'], reason, state });
const notFound = (state: State): Expected => ({ status: 'error', codes: ['P2025'], state });

/**
 * Runs `write`, turning the database's refusals into the expected error with the state unchanged.
 * With nested writes, which run as checked operations of their own in some order, a rule may
 * fail before the database does: then P2004 is as good.
 */
function attempt(call: WriteCall, mayBeDenied: boolean, write: () => Expected): Expected {
    try {
        return write();
    } catch (error) {
        if (!(error instanceof DbError)) throw error;
        const codes = mayBeDenied && !error.codes.includes(VALIDATION) ? [...error.codes, 'P2004'] : error.codes;
        return { status: 'error', codes, state: call.state };
    }
}

function hasNestedWrites(model: ModelName, data: unknown): boolean {
    return isPlain(data) && Object.keys(data).some((k) => MODELS[model].relations[k] !== undefined);
}

/**
 * Whether the values an update sets break the post-update rules, relations as they are: the
 * runtime may decide those rules before the database checks the row (P2004 rather than P2003).
 */
function breaksPostUpdateRules(call: WriteCall, target: Row, data: Plain): boolean {
    const set = Object.entries(data).filter(([key, value]) => MODELS[call.model].relations[key] === undefined && (value === null || typeof value !== 'object'));
    return !call.before.allowsAfterUpdate(call.model, target, { ...target, ...Object.fromEntries(set) }, call.state);
}

/** The rules of the rows a write's nested writes touched hold (on the state after the write). */
function nestedWritesAllowed(call: WriteCall, state: State, log: WriteLog, except?: Row): boolean {
    const after = createPolicyOracle(state, call.user);
    const current = (model: ModelName, id: unknown) => state[model].find((r) => r.id === id);
    return (
        log.created.every(({ model, id }) => (model === call.model && id === except?.id) || after.allows(model, 'create', current(model, id)!)) &&
        log.updated.every(({ model, before }) => call.before.allows(model, 'update', before) && after.allowsAfterUpdate(model, before, current(model, before.id)!, call.state)) &&
        log.deleted.every(({ model, before }) => call.before.allows(model, 'delete', before)) &&
        log.bulkUpdated.every(({ model, before }) => after.allowsAfterUpdate(model, before, current(model, before.id)!, call.state))
    );
}

/** The result of a write as the user may read it back from the new state. */
function readBack(call: WriteCall, state: State, row: Row): Expected {
    const after = createPolicyOracle(state, call.user);
    const current = state[call.model].find((r) => r.id === row.id)!;
    if (!visibleWith(after, call.model, current, call.args)) return denied(state, RESULT_NOT_READABLE);
    return { status: 'ok', value: projectRow(after, call.model, current, call.args), state };
}

function readBackMany(call: WriteCall, state: State, rows: readonly Row[]): unknown[] {
    const after = createPolicyOracle(state, call.user);
    const ids = new Set(rows.map((r) => r.id));
    return findRows(after, call.model, { ...call.args, where: undefined }).filter((r) => ids.has(r.id)).map((r) => projectRow(after, call.model, r, call.args));
}

/** create: the row and its nested writes, each under its rules; then the read-back. */
function createOne(call: WriteCall, data: Plain): Expected {
    if (call.before.never(call.model, 'create')) return denied(call.state);
    const expected = attempt(call, hasNestedWrites(call.model, data), () => {
        const log = createLog();
        const { state, row } = createRow(call.state, call.model, data, call.user, log);
        if (!createPolicyOracle(state, call.user).allows(call.model, 'create', row) || !nestedWritesAllowed(call, state, log, row)) return denied(call.state);
        return readBack(call, state, row);
    });
    // the runtime may decide the rules on the data before the database sees it (as v2 does):
    // a row both the database and the rules refuse may then fail with P2004 instead
    if (expected.status === 'error' && !hasNestedWrites(call.model, data) && !call.before.allows(call.model, 'create', rowOfData(call, data))) {
        return { ...expected, codes: [...expected.codes, 'P2004'] };
    }
    return expected;
}

/** The row plain create data describes (defaults filled in), without the database's checks. */
function rowOfData(call: WriteCall, data: Plain): Row {
    const row: Record<string, ScalarValue> = {};
    for (const [field, scalar] of Object.entries(MODELS[call.model].scalars)) {
        const given = data[field];
        row[field] = given !== undefined ? (given as ScalarValue) : scalar.default === 'auth' ? (call.user?.id ?? null) : (scalar.default ?? null);
    }
    return row;
}

/** Rows of one createMany that clash with each other on a unique field. */
function hasDuplicates(model: ModelName, rows: readonly Plain[]): boolean {
    return Object.entries(MODELS[model].scalars).some(([field, scalar]) => {
        if (field !== 'id' && !scalar.unique) return false;
        const values = rows.map((r) => r[field]).filter((v) => v !== undefined && v !== null);
        return new Set(values).size !== values.length;
    });
}

function createMany(call: WriteCall, andReturn: boolean): Expected {
    if (call.before.never(call.model, 'create')) return denied(call.state);
    return attempt(call, false, () => {
        let state = call.state;
        const rows: Row[] = [];
        // the database may report the problem of any row
        const codes = new Set<string>();
        for (const data of call.args.data as Plain[]) {
            try {
                const created = createRow(state, call.model, data, call.user, createLog());
                state = created.state;
                rows.push(created.row);
            } catch (error) {
                if (!(error instanceof DbError)) throw error;
                error.codes.forEach((c) => codes.add(c));
            }
        }
        if (hasDuplicates(call.model, call.args.data as Plain[])) codes.add('P2002');
        // Prisma validates the whole call before the database sees any row
        if (codes.has(VALIDATION)) throw new DbError([VALIDATION]);
        if (codes.size > 0) throw new DbError([...codes]);
        const after = createPolicyOracle(state, call.user);
        if (!rows.every((row) => after.allows(call.model, 'create', row))) return denied(call.state);
        return { status: 'ok', value: andReturn ? readBackMany(call, state, rows) : { count: rows.length }, state };
    });
}

/**
 * update: not found (P2025), denied before (P2004), the database's checks, the post-update
 * rules, the nested writes' rules, the read-back. Relation filters in the unique `where` see
 * only related rows the user may read, as in reads.
 */
function updateOne(call: WriteCall, where: unknown, data: Plain): Expected {
    const target = call.state[call.model].find((row) => matchesWhere(call.before, call.model, row, where));
    if (!target) return notFound(call.state);
    if (!call.before.allows(call.model, 'update', target)) return denied(call.state);
    return attempt(call, hasNestedWrites(call.model, data) || breaksPostUpdateRules(call, target, data), () => {
        const log = createLog();
        let state = setFields(call.state, call.model, target, updatedValues(call.state, call.model, target, data));
        const updated = state[call.model].find((r) => r.id === target.id)!;
        state = applyNestedOneWrites(state, call.model, target, data, log);
        state = applyNestedManyWrites(state, call.model, updated, data, call.user, log);
        const after = createPolicyOracle(state, call.user);
        if (!after.allowsAfterUpdate(call.model, target, updated, call.state) || !nestedWritesAllowed(call, state, log)) return denied(call.state);
        return readBack(call, state, updated);
    });
}

function updateMany(call: WriteCall, andReturn: boolean): Expected {
    const targets = call.state[call.model].filter((row) => matchesWhere(call.before, call.model, row, call.args.where) && call.before.allows(call.model, 'update', row));
    return attempt(call, false, () => {
        const state = setFieldsOfRows(call.state, call.model, targets, (row) => updatedValues(call.state, call.model, row, call.args.data as Plain));
        const after = createPolicyOracle(state, call.user);
        const updated = targets.map((t) => state[call.model].find((r) => r.id === t.id)!);
        if (!targets.every((t, i) => after.allowsAfterUpdate(call.model, t, updated[i]!, call.state))) return denied(call.state);
        return { status: 'ok', value: andReturn ? readBackMany(call, state, updated) : { count: targets.length }, state };
    });
}

/** delete: the row is read (with the read rules) before it goes; unreadable ⇒ P2004 after the delete. */
function deleteOne(call: WriteCall): Expected {
    const readable = findRows(call.before, call.model, { where: call.args.where, select: call.args.select, include: call.args.include })[0];
    const target = call.state[call.model].find((row) => matchesWhere(call.before, call.model, row, call.args.where));
    if (!target) return notFound(call.state);
    if (!call.before.allows(call.model, 'delete', target)) return denied(call.state);
    const state = deleteRows(call.state, call.model, [target]);
    if (!readable) return denied(state, RESULT_NOT_READABLE);
    return { status: 'ok', value: projectRow(call.before, call.model, readable, call.args), state };
}

function deleteMany(call: WriteCall): Expected {
    const targets = call.state[call.model].filter((row) => matchesWhere(call.before, call.model, row, call.args.where) && call.before.allows(call.model, 'delete', row));
    return { status: 'ok', value: { count: targets.length }, state: deleteRows(call.state, call.model, targets) };
}

const WRITES: Record<WriteKind, WriteOracle> = {
    create: (call) => createOne(call, call.args.data as Plain),
    createMany: (call) => createMany(call, false),
    createManyAndReturn: (call) => createMany(call, true),
    update: (call) => updateOne(call, call.args.where, call.args.data as Plain),
    updateMany: (call) => updateMany(call, false),
    updateManyAndReturn: (call) => updateMany(call, true),
    upsert: (call) => {
        const exists = call.state[call.model].some((row) => matchesWhere({ state: call.state, readable: () => true }, call.model, row, call.args.where));
        return exists ? updateOne(call, call.args.where, call.args.update as Plain) : createOne(call, call.args.create as Plain);
    },
    delete: deleteOne,
    deleteMany,
};

/** What a write must do for the user: its result or error, and the database afterwards. */
export function expectWrite(state: State, user: AuthUser | undefined, operation: Operation): Expected {
    const call: WriteCall = { state, user, before: createPolicyOracle(state, user), model: operation.model, args: operation.args };
    return WRITES[operation.kind as WriteKind](call);
}
