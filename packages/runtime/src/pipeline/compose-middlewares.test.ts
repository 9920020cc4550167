import type { ModelMeta } from '@zenstackhq/sdk';
import { describe, expect, it } from 'vitest';
import { createPrismaErrorSource } from '../errors/prisma-error-source.js';
import { composeMiddlewares } from './compose-middlewares.js';
import type { OperationContext, OperationMiddleware, Proceed } from './enhancement.js';

const modelMeta: ModelMeta = { provider: 'sqlite', models: {}, enums: {} };
const ctx: OperationContext = {
    model: 'User',
    operation: 'findMany',
    args: { where: { id: 1 } },
    db: {},
    inTransaction: false,
    env: { context: {}, modelMeta, errors: createPrismaErrorSource({}) },
};

describe('composeMiddlewares', () => {
    it('runs layers outermost first and the terminal last', async () => {
        const trace: string[] = [];
        const layer =
            (name: string): OperationMiddleware =>
            async (c, proceed) => {
                trace.push(`${name}>`);
                const result = await proceed(c);
                trace.push(`<${name}`);
                return result;
            };
        const terminal: Proceed = async () => (trace.push('prisma'), 'result');
        await expect(composeMiddlewares([layer('a'), layer('b')], terminal)(ctx)).resolves.toBe('result');
        expect(trace).toEqual(['a>', 'b>', 'prisma', '<b', '<a']);
    });

    it('passes rewritten args down without touching the caller’s', async () => {
        const narrow: OperationMiddleware = (c, proceed) => proceed({ ...c, args: { ...c.args, take: 1 } });
        const seen: unknown[] = [];
        const terminal: Proceed = async (c) => (seen.push(c.args), null);
        await composeMiddlewares([narrow], terminal)(ctx);
        expect(seen).toEqual([{ where: { id: 1 }, take: 1 }]);
        expect(ctx.args).toEqual({ where: { id: 1 } });
    });

    it('lets a layer answer without calling Prisma', async () => {
        const deny: OperationMiddleware = async () => [];
        let called = false;
        const result = await composeMiddlewares([deny], async () => ((called = true), ['row']))(ctx);
        expect(result).toEqual([]);
        expect(called).toBe(false);
    });

    it('is the terminal itself when there are no layers', () => {
        const terminal: Proceed = async () => 1;
        expect(composeMiddlewares([], terminal)).toBe(terminal);
    });
});
