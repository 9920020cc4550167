import { getModelDelegate } from '../prisma/prisma-client-like.js';
import type { PrismaOperation } from '../prisma/prisma-operations.js';
import { composeMiddlewares } from './compose-middlewares.js';
import type { Enhancement, EnhancementEnv, OperationContext, Proceed } from './enhancement.js';

/** The composed layers of one `enhance()` call. */
export interface OperationPipeline {
    readonly env: EnhancementEnv;
    readonly enhancements: readonly Enhancement[];
    /** the chain for one model operation, or undefined when no layer handles it */
    chainFor(model: string, operation: PrismaOperation): Proceed | undefined;
}

/** Calls Prisma itself: the end of every chain. */
export const callPrisma: Proceed = (ctx: OperationContext) => getModelDelegate(ctx.db, ctx.model)[ctx.operation](ctx.args);

/** Composes enhancements (outermost first) into per-operation chains, memoized by model and operation. */
export function createOperationPipeline(env: EnhancementEnv, enhancements: readonly Enhancement[]): OperationPipeline {
    const chains = new Map<string, Proceed | undefined>();
    return {
        env,
        enhancements,
        chainFor(model, operation) {
            const key = `${model}.${operation}`;
            if (!chains.has(key)) {
                const layers = enhancements.filter((e) => e.handles(model, operation)).map((e) => e.middleware);
                chains.set(key, layers.length === 0 ? undefined : composeMiddlewares(layers, callPrisma));
            }
            return chains.get(key);
        },
    };
}
