import type { ModelMeta } from '@zenstackhq/sdk';
import type { PrismaErrorSource } from '../errors/prisma-error-source.js';
import type { DbClient, PrismaArgs } from '../prisma/prisma-client-like.js';
import type { PrismaOperation } from '../prisma/prisma-operations.js';

/** The enhancements `enhance()` can apply; `options.kinds` selects among them. */
export type EnhancementKind = 'delegate' | 'policy' | 'validation' | 'password' | 'omit';

/** Layers `options.kinds` does not select: they apply whenever the schema needs them. */
export type BuiltinLayerKind = 'typed-json' | 'auth-defaults';

/** The current user and anything else policies may read through `auth()`. */
export interface EnhancementContext {
    readonly user?: Readonly<Record<string, unknown>>;
}

/** What every layer of one `enhance()` call shares. */
export interface EnhancementEnv {
    readonly context: EnhancementContext;
    readonly modelMeta: ModelMeta;
    /** builds Prisma's own error classes for this client */
    readonly errors: PrismaErrorSource;
}

/** One model operation as it passes through the layers. */
export interface OperationContext {
    readonly model: string;
    readonly operation: PrismaOperation;
    readonly args: PrismaArgs;
    /** the un-enhanced client the operation runs on: the root client or an interactive transaction */
    readonly db: DbClient;
    /** whether `db` is an interactive-transaction client */
    readonly inTransaction: boolean;
    readonly env: EnhancementEnv;
}

/** Runs the rest of the layers (and finally Prisma) for a possibly rewritten operation. */
export type Proceed = (ctx: OperationContext) => Promise<unknown>;

/** A layer: may rewrite the operation, call `proceed` any number of times, and post-process the result. */
export type OperationMiddleware = (ctx: OperationContext, proceed: Proceed) => Promise<unknown>;

/** An enhancement as `enhance()` composes it. */
export interface Enhancement {
    readonly kind: EnhancementKind | BuiltinLayerKind;
    /** whether the layer wants to see this operation; when no layer does, Prisma is called directly */
    readonly handles: (model: string, operation: PrismaOperation) => boolean;
    readonly middleware: OperationMiddleware;
    /** methods the layer adds to every model of the enhanced client, e.g. `db.post.check(...)` */
    readonly modelMethods?: Readonly<Record<string, ModelMethod>>;
}

/** A method an enhancement adds to model delegates; `db` is the client the call runs on. */
export type ModelMethod = (scope: { readonly model: string; readonly db: DbClient }, args: unknown) => unknown;
