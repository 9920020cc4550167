import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createPrismaErrorSource, type KnownRequestErrorClass } from './prisma-error-source.js';
import {
    createKnownRequestError,
    createNotFoundError,
    createRejectedByPolicyError,
    CrudFailureReason,
    isPrismaClientKnownRequestError,
} from './prisma-errors.js';

const require = createRequire(import.meta.url);
const { PrismaClientKnownRequestError } = require('@prisma/client/runtime/client') as {
    PrismaClientKnownRequestError: KnownRequestErrorClass;
};

/** Another copy of Prisma's runtime, as a client generated to a custom output carries. */
class CopiedKnownRequestError extends Error {
    readonly code: string;
    readonly clientVersion: string;
    readonly meta?: Record<string, unknown>;
    constructor(message: string, params: { code: string; clientVersion: string; meta?: Record<string, unknown> }) {
        super(message);
        this.name = 'PrismaClientKnownRequestError';
        this.code = params.code;
        this.clientVersion = params.clientVersion;
        this.meta = params.meta;
    }
    get [Symbol.toStringTag]() {
        return 'PrismaClientKnownRequestError';
    }
}

const prismaModule = { PrismaClientKnownRequestError, prismaVersion: { client: '6.19.3' } };

describe('Prisma-compatible errors', () => {
    it('rejects by policy with P2004 and a reason, as the client’s own class', () => {
        const cause = new Error('row filtered');
        const error = createRejectedByPolicyError(createPrismaErrorSource({}, prismaModule), {
            model: 'Post',
            message: "failed 'create' check",
            cause,
        });
        expect(error).toBeInstanceOf(PrismaClientKnownRequestError);
        expect(error.code).toBe('P2004');
        expect(error.message).toBe("denied by policy: Post entities failed 'create' check");
        expect(error.meta).toEqual({ modelName: 'Post', reason: CrudFailureReason.ACCESS_POLICY_VIOLATION });
        expect(error.cause).toBe(cause);
        expect(error.clientVersion).toBe('6.19.3');
    });

    it('reports a result that cannot be read back', () => {
        const error = createRejectedByPolicyError(createPrismaErrorSource({}, prismaModule), {
            model: 'Post',
            reason: CrudFailureReason.RESULT_NOT_READABLE,
        });
        expect(error.meta?.reason).toBe('RESULT_NOT_READABLE');
    });

    it('reports not found with P2025', () => {
        const error = createNotFoundError(createPrismaErrorSource({}, prismaModule), { model: 'User' });
        expect(error.code).toBe('P2025');
        expect(error.message).toBe('entity not found for model User');
        expect('cause' in error).toBe(false);
    });

    it('uses the error class of the client itself when no Prisma namespace is given', () => {
        const client = {
            _clientVersion: '6.19.3',
            _accelerateEngineConfig: { accelerateUtils: { PrismaClientKnownRequestError: CopiedKnownRequestError } },
        };
        const error = createKnownRequestError(createPrismaErrorSource(client), 'P2002', 'duplicate');
        expect(error).toBeInstanceOf(CopiedKnownRequestError);
        expect(error.clientVersion).toBe('6.19.3');
    });

    it('falls back to the @prisma/client the runtime resolves', () => {
        const error = createKnownRequestError(createPrismaErrorSource({}), 'P2025', 'missing');
        expect(error).toBeInstanceOf(PrismaClientKnownRequestError);
        expect(error.clientVersion).toBe('unknown');
    });

    describe('isPrismaClientKnownRequestError', () => {
        it('recognizes any copy of the class by brand, and checks the code', () => {
            const copied = new CopiedKnownRequestError('x', { code: 'P2004', clientVersion: '1' });
            expect(isPrismaClientKnownRequestError(copied)).toBe(true);
            expect(isPrismaClientKnownRequestError(copied, 'P2004')).toBe(true);
            expect(isPrismaClientKnownRequestError(copied, 'P2025')).toBe(false);
            expect(isPrismaClientKnownRequestError(new PrismaClientKnownRequestError('y', { code: 'P2025', clientVersion: '1' }), 'P2025')).toBe(true);
        });

        it('rejects other errors and non-errors', () => {
            expect(isPrismaClientKnownRequestError(new Error('P2004'))).toBe(false);
            expect(isPrismaClientKnownRequestError(Object.assign(new Error('x'), { code: 'P2004' }))).toBe(false);
            expect(isPrismaClientKnownRequestError(null)).toBe(false);
            expect(isPrismaClientKnownRequestError('P2004')).toBe(false);
        });
    });
});
