import type { DbClient, PrismaArgs, PrismaPromiseLike } from '../prisma/prisma-client-like.js';
import { PRISMA_OPERATIONS, type PrismaOperation } from '../prisma/prisma-operations.js';
import { extendSelectionPath, pickAtSelectionPath, setAtSelectionPath, type SelectionPath } from './fluent-path.js';

/** A model operation as the enhanced client queues it. */
export interface OperationRequest {
    readonly model: string;
    readonly operation: PrismaOperation;
    readonly args: PrismaArgs;
}

/** Runs a request through the layers; `db` overrides the client (a batch transaction replays on its tx). */
export type RunOperation = (request: OperationRequest, db?: DbClient) => Promise<unknown>;

/** The model a relation field points to, or undefined when `field` is not a relation of `model`. */
export type RelationLookup = (model: string, field: string) => string | undefined;

const REPLAY = Symbol('zenstack.replayDeferredOperation');

interface DeferredState {
    readonly request: OperationRequest;
    /** the fluent relation path inside the request's selection; empty for a plain operation */
    readonly path: SelectionPath;
    /** the model the result (after picking `path`) belongs to */
    readonly resultModel: string;
}

interface Replayable {
    readonly [REPLAY]: (db: DbClient) => Promise<unknown>;
}

/**
 * A lazy PrismaPromise for an operation some layer handles: nothing runs until it is awaited
 * (once, like Prisma's), it offers the fluent relation accessors, and a batch `$transaction`
 * can replay it on its transaction client.
 */
export function createDeferredOperation(request: OperationRequest, run: RunOperation, relations: RelationLookup): PrismaPromiseLike {
    return createDeferred({ request, path: [], resultModel: request.model }, run, relations);
}

/** Whether `value` came from `createDeferredOperation`. */
export function isDeferredOperation(value: unknown): value is PrismaPromiseLike & Replayable {
    return typeof value === 'object' && value !== null && REPLAY in value;
}

/** Runs a deferred operation on another client (a transaction); returns its (picked) result. */
export function replayDeferredOperation(operation: Replayable, db: DbClient): Promise<unknown> {
    return operation[REPLAY](db);
}

function createDeferred(state: DeferredState, run: RunOperation, relations: RelationLookup): PrismaPromiseLike {
    const execute = (db?: DbClient) => run(state.request, db).then((result) => pickAtSelectionPath(result, state.path));
    let started: Promise<unknown> | undefined;
    const start = () => (started ??= execute());

    const deferred = {
        get spec() {
            return { model: state.request.model, action: state.request.operation, args: state.request.args };
        },
        then<A = unknown, B = never>(onFulfilled?: ((value: unknown) => A | PromiseLike<A>) | null, onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null) {
            return start().then(onFulfilled, onRejected);
        },
        catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null) {
            return start().catch(onRejected);
        },
        finally(onFinally?: (() => void) | null) {
            return start().finally(onFinally);
        },
        [REPLAY]: (db: DbClient) => execute(db),
        [Symbol.toStringTag]: 'PrismaPromise',
    };
    if (!PRISMA_OPERATIONS[state.request.operation].fluent) return deferred as PrismaPromiseLike;

    return new Proxy(deferred, {
        get(target, property, receiver) {
            if (typeof property === 'string' && !(property in target)) {
                const related = relations(state.resultModel, property);
                if (related) return (fieldArgs?: PrismaArgs) => createDeferred(fluentStep(state, property, related, fieldArgs), run, relations);
            }
            return Reflect.get(target, property, receiver);
        },
    }) as PrismaPromiseLike;
}

function fluentStep(state: DeferredState, field: string, relatedModel: string, fieldArgs: PrismaArgs): DeferredState {
    const path = extendSelectionPath(state.path, field);
    return {
        request: { ...state.request, args: setAtSelectionPath(state.request.args, path, fieldArgs ?? true) },
        path,
        resultModel: relatedModel,
    };
}
