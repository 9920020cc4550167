import { createRequire } from 'node:module';
import { createKnownRequestError, createNotFoundError, createPrismaErrorSource, createRejectedByPolicyError, type PrismaModuleLike } from '@zenstackhq/runtime';
import { describe, expect, it } from 'vitest';

const prismaModule = createRequire(import.meta.url)('@prisma/client/runtime/client') as PrismaModuleLike;
const errors = createPrismaErrorSource({}, prismaModule);
const rejected = (error: unknown) => Promise.reject(error);
const policyError = () => createRejectedByPolicyError(errors, { model: 'Post', message: "failed 'update' check" });

describe('toBeRejectedByPolicy', () => {
    it('passes for P2004 with the expected message parts', async () => {
        await expect(rejected(policyError())).toBeRejectedByPolicy();
        await expect(rejected(policyError())).toBeRejectedByPolicy(['Post entities', "'update'"]);
    });

    it('fails when the promise resolves, rejects otherwise or the message differs', async () => {
        await expect(expect(Promise.resolve({ id: 1 })).toBeRejectedByPolicy()).rejects.toThrow(/rejection by policy \(P2004\), but it resolved to \{ id: 1 \}/);
        await expect(expect(rejected(createNotFoundError(errors, { model: 'Post' }))).toBeRejectedByPolicy()).rejects.toThrow(/but got P2025/);
        await expect(expect(rejected(new Error('boom'))).toBeRejectedByPolicy()).rejects.toThrow(/but got Error: boom/);
        await expect(expect(rejected(policyError())).toBeRejectedByPolicy(['create'])).rejects.toThrow(/to contain 'create'/);
    });

    it('negates', async () => {
        await expect(Promise.resolve(1)).not.toBeRejectedByPolicy();
        await expect(expect(rejected(policyError())).not.toBeRejectedByPolicy()).rejects.toThrow(/expected not a rejection by policy/);
    });
});

describe('toBeNotFound', () => {
    it('passes for P2025 only', async () => {
        await expect(rejected(createNotFoundError(errors, { model: 'User' }))).toBeNotFound();
        await expect(expect(rejected(policyError())).toBeNotFound()).rejects.toThrow(/not-found rejection \(P2025\), but got P2004/);
        await expect(expect(Promise.resolve(null)).toBeNotFound()).rejects.toThrow(/resolved to null/);
    });
});

describe('toBeRejectedWithCode', () => {
    it('checks the code of a Prisma known request error', async () => {
        await expect(rejected(createKnownRequestError(errors, 'P2002', 'Unique constraint failed'))).toBeRejectedWithCode('P2002');
        await expect(expect(rejected(createKnownRequestError(errors, 'P2003', 'x'))).toBeRejectedWithCode('P2002')).rejects.toThrow(/but got P2003/);
    });
});

describe('toResolveTruthy / toResolveFalsy / toResolveNull / toResolveWithLength', () => {
    it('pass on matching values', async () => {
        await expect(Promise.resolve({ id: 1 })).toResolveTruthy();
        await expect(Promise.resolve(0)).toResolveFalsy();
        await expect(Promise.resolve(null)).toResolveFalsy();
        await expect(Promise.resolve(null)).toResolveNull();
        await expect(Promise.resolve([1, 2])).toResolveWithLength(2);
    });

    it('fail on other values and on rejection', async () => {
        await expect(expect(Promise.resolve(null)).toResolveTruthy()).rejects.toThrow(/expected to resolve truthy, got null/);
        await expect(expect(Promise.resolve('x')).toResolveFalsy()).rejects.toThrow(/expected to resolve falsy, got 'x'/);
        await expect(expect(Promise.resolve(undefined)).toResolveNull()).rejects.toThrow(/expected to resolve to null, got undefined/);
        await expect(expect(Promise.resolve([1])).toResolveWithLength(2)).rejects.toThrow(/with length 2, got \[ 1 \]/);
        await expect(expect(rejected(policyError())).toResolveTruthy()).rejects.toThrow(/but it rejected with P2004/);
    });

    it('negate', async () => {
        await expect(Promise.resolve(null)).not.toResolveTruthy();
        await expect(Promise.resolve({})).not.toResolveNull();
    });

    it('accept any thenable, such as a PrismaPromise, and reject non-promises', async () => {
        const thenable = { then: (resolve: (v: unknown) => void) => resolve(1) };
        await expect(thenable).toResolveTruthy();
        await expect(expect(42).toResolveTruthy()).rejects.toThrow(/expected a promise, got 42/);
    });
});
