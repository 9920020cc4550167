/**
 * Building blocks of `enhance()` for ZenStack's own packages and tests. Not a stable API.
 */
export type { Enhancement, EnhancementEnv, OperationContext, OperationMiddleware, Proceed } from './pipeline/enhancement.js';
export { composeMiddlewares } from './pipeline/compose-middlewares.js';
export { createOperationPipeline, callPrisma, type OperationPipeline } from './pipeline/operation-pipeline.js';
export { createEnhancedClient, getEnhancedClientScope } from './proxy/client-proxy.js';
export { isDeferredOperation } from './proxy/deferred-operation.js';
export type { DbClient, ModelDelegate, PrismaArgs, PrismaPromiseLike } from './prisma/prisma-client-like.js';
