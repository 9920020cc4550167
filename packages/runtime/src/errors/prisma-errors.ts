import type { PrismaErrorSource } from './prisma-error-source.js';

/** The Prisma error codes the runtime raises. */
export const PrismaErrorCode = {
    /** "A constraint failed": raised when an access policy rejects an operation */
    CONSTRAINT_FAILED: 'P2004',
    /** "Record to update/delete not found": raised when a required entity is missing or not visible */
    NOT_FOUND: 'P2025',
} as const;

/** Why a policy rejected an operation: `meta.reason` of a P2004 error. */
export const CrudFailureReason = {
    /** the operation is not allowed by the access policies */
    ACCESS_POLICY_VIOLATION: 'ACCESS_POLICY_VIOLATION',
    /** the write succeeded but its result may not be read back */
    RESULT_NOT_READABLE: 'RESULT_NOT_READABLE',
    /** the data failed `@@validate` / field validation */
    DATA_VALIDATION_VIOLATION: 'DATA_VALIDATION_VIOLATION',
} as const;

export type CrudFailureReason = (typeof CrudFailureReason)[keyof typeof CrudFailureReason];

/** Prisma's `PrismaClientKnownRequestError`, structurally. */
export interface PrismaClientKnownRequestErrorLike extends Error {
    readonly code: string;
    readonly clientVersion: string;
    readonly meta?: Record<string, unknown>;
}

export interface KnownRequestErrorOptions {
    readonly meta?: Record<string, unknown>;
    readonly cause?: unknown;
}

/** Makes Prisma's own `PrismaClientKnownRequestError` with `code`, keeping `cause`. */
export function createKnownRequestError(
    source: PrismaErrorSource,
    code: string,
    message: string,
    options: KnownRequestErrorOptions = {},
): PrismaClientKnownRequestErrorLike {
    const error = new source.KnownRequestError(message, { code, clientVersion: source.clientVersion, meta: options.meta });
    if (options.cause !== undefined) {
        // Prisma's constructor takes no `cause`; define it the way `new Error(msg, { cause })` would
        Object.defineProperty(error, 'cause', { value: options.cause, writable: true, configurable: true, enumerable: false });
    }
    return error as PrismaClientKnownRequestErrorLike;
}

/**
 * A P2004 error for an operation an access policy rejects; `meta.reason` says why.
 * @example throw createRejectedByPolicyError(env.errors, { model: 'Post', message: `failed 'create' check` })
 */
export function createRejectedByPolicyError(
    source: PrismaErrorSource,
    details: { model: string; message?: string; reason?: CrudFailureReason; meta?: Record<string, unknown>; cause?: unknown },
): PrismaClientKnownRequestErrorLike {
    const message = `denied by policy: ${details.model} entities${details.message ? ` ${details.message}` : ''}`;
    return createKnownRequestError(source, PrismaErrorCode.CONSTRAINT_FAILED, message, {
        meta: { ...details.meta, modelName: details.model, reason: details.reason ?? CrudFailureReason.ACCESS_POLICY_VIOLATION },
        cause: details.cause,
    });
}

/** A P2025 error for an entity that does not exist or is not visible to the current user. */
export function createNotFoundError(
    source: PrismaErrorSource,
    details: { model: string; message?: string; cause?: unknown },
): PrismaClientKnownRequestErrorLike {
    return createKnownRequestError(source, PrismaErrorCode.NOT_FOUND, details.message ?? `entity not found for model ${details.model}`, {
        meta: { modelName: details.model },
        cause: details.cause,
    });
}

/**
 * Whether `error` is a `PrismaClientKnownRequestError` (from any copy of Prisma's runtime),
 * optionally with the given code. Decided by brand and code, not by constructor identity.
 */
export function isPrismaClientKnownRequestError(error: unknown, code?: string): error is PrismaClientKnownRequestErrorLike {
    if (typeof error !== 'object' || error === null) return false;
    const branded =
        (error as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag] === 'PrismaClientKnownRequestError' ||
        (error as { name?: unknown }).name === 'PrismaClientKnownRequestError';
    const errorCode = (error as { code?: unknown }).code;
    return branded && typeof errorCode === 'string' && (code === undefined || errorCode === code);
}
