import { createRequire } from 'node:module';
import type { DbClient } from '../prisma/prisma-client-like.js';

/** Prisma's `PrismaClientKnownRequestError` constructor, as far as the runtime calls it. */
export type KnownRequestErrorClass = new (
    message: string,
    params: { code: string; clientVersion: string; meta?: Record<string, unknown>; batchRequestIdx?: number },
) => Error & { readonly code: string; readonly meta?: Record<string, unknown> };

/** The `Prisma` namespace of a generated client (`import { Prisma } from '@prisma/client'`), as far as the runtime uses it. */
export interface PrismaModuleLike {
    readonly PrismaClientKnownRequestError: KnownRequestErrorClass;
    readonly prismaVersion?: { readonly client?: string };
}

/** Where errors for one client come from: its own error class, so `instanceof Prisma.PrismaClientKnownRequestError` holds. */
export interface PrismaErrorSource {
    readonly KnownRequestError: KnownRequestErrorClass;
    readonly clientVersion: string;
}

interface PrismaClientInternals {
    readonly _clientVersion?: string;
    readonly _accelerateEngineConfig?: { readonly accelerateUtils?: { readonly PrismaClientKnownRequestError?: KnownRequestErrorClass } };
}

/**
 * Finds the error class matching `db`, lazily: the `Prisma` namespace when given, else the class the
 * client itself throws (a Prisma 6 internal), else the one of the `@prisma/client` the runtime resolves.
 * A Prisma 6 client carries its own copy of Prisma's runtime, hence this order; Prisma 7's copies
 * all share the classes of `@prisma/client-runtime-utils`, which the last step finds.
 */
export function createPrismaErrorSource(db: DbClient, prismaModule?: PrismaModuleLike): PrismaErrorSource {
    const internals = db as PrismaClientInternals;
    let errorClass: KnownRequestErrorClass | undefined;
    return {
        get KnownRequestError() {
            errorClass ??=
                prismaModule?.PrismaClientKnownRequestError ??
                internals._accelerateEngineConfig?.accelerateUtils?.PrismaClientKnownRequestError ??
                loadFallbackErrorClass();
            return errorClass;
        },
        get clientVersion() {
            return prismaModule?.prismaVersion?.client ?? internals._clientVersion ?? 'unknown';
        },
    };
}

function loadFallbackErrorClass(): KnownRequestErrorClass {
    const require = createRequire(import.meta.url);
    const runtime = require('@prisma/client/runtime/client') as { PrismaClientKnownRequestError: KnownRequestErrorClass };
    return runtime.PrismaClientKnownRequestError;
}
