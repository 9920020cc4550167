import { modelDelegateName } from '@zenstackhq/sdk';
import type { PrismaOperation } from './prisma-operations.js';

/** Arguments of a model operation as the runtime sees them: plain data, never mutated. */
export type PrismaArgs = Readonly<Record<string, unknown>> | undefined;

/** What Prisma's lazy promise exposes: awaiting it runs the query; `spec` names it. */
export interface PrismaPromiseLike<T = unknown> extends Promise<T> {
    readonly spec?: { readonly model?: string; readonly action?: string; readonly args?: unknown };
}

/** A model delegate (`db.user`) reduced to the operations the runtime calls. */
export type ModelDelegate = { readonly [Op in PrismaOperation]: (args?: PrismaArgs) => PrismaPromiseLike };

/** A PrismaClient, an interactive-transaction client or an `$extends` result, seen structurally. */
export interface DbClient {
    readonly [property: string | symbol]: unknown;
}

/** `db.user` for model `User`; throws when the client has no such delegate. */
export function getModelDelegate(db: DbClient, model: string): ModelDelegate {
    const delegate = db[modelDelegateName(model)];
    if (!delegate || typeof delegate !== 'object') {
        throw new Error(`The Prisma client has no model "${model}": is it generated from the same schema as the model metadata?`);
    }
    return delegate as ModelDelegate;
}

/** Prisma's lazy promises carry this tag; ordinary promises don't. */
export function isPrismaPromise(value: unknown): value is PrismaPromiseLike {
    return (
        typeof value === 'object' &&
        value !== null &&
        (value as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag] === 'PrismaPromise'
    );
}
