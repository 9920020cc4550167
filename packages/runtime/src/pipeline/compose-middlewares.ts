import type { OperationMiddleware, Proceed } from './enhancement.js';

/**
 * Chains middlewares, outermost first, in front of `terminal`.
 * @example composeMiddlewares([logging, policy], callPrisma)(ctx)
 */
export function composeMiddlewares(middlewares: readonly OperationMiddleware[], terminal: Proceed): Proceed {
    return middlewares.reduceRight<Proceed>((next, middleware) => (ctx) => middleware(ctx, next), terminal);
}
