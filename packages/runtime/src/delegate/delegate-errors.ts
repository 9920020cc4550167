import { createKnownRequestError, type PrismaClientKnownRequestErrorLike } from '../errors/prisma-errors.js';
import type { PrismaErrorSource } from '../errors/prisma-error-source.js';

/** Prisma's "failed to validate the query" code, for writes a polymorphic model cannot take. */
export const INVALID_POLYMORPHIC_WRITE = 'P2009';

export type PolymorphicWriteProblem = 'CREATE_BASE_MODEL' | 'DISCRIMINATOR_NOT_WRITABLE' | 'AUX_FIELD_NOT_WRITABLE';

/** Thrown while rewriting arguments; turned into Prisma's own error class by the layer. */
export class PolymorphicWriteError extends Error {
    constructor(
        readonly problem: PolymorphicWriteProblem,
        readonly model: string,
        message: string,
    ) {
        super(message);
        this.name = 'PolymorphicWriteError';
    }
}

export function toPrismaError(error: PolymorphicWriteError, source: PrismaErrorSource): PrismaClientKnownRequestErrorLike {
    return createKnownRequestError(source, INVALID_POLYMORPHIC_WRITE, error.message, {
        meta: { modelName: error.model, reason: error.problem },
        cause: error,
    });
}
