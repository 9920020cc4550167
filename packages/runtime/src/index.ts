export { enhance, type EnhanceOptions, type EnhancementOptions } from './enhance.js';
export type { EnhancementContext, EnhancementKind } from './pipeline/enhancement.js';
export {
    PrismaErrorCode,
    CrudFailureReason,
    createKnownRequestError,
    createRejectedByPolicyError,
    createNotFoundError,
    isPrismaClientKnownRequestError,
    type PrismaClientKnownRequestErrorLike,
    type KnownRequestErrorOptions,
} from './errors/prisma-errors.js';
export { createPrismaErrorSource, type PrismaErrorSource, type PrismaModuleLike, type KnownRequestErrorClass } from './errors/prisma-error-source.js';
export { loadModelMeta, DEFAULT_MODEL_META_MODULE } from './model-meta/load-model-meta.js';
export { loadZodSchemas, DEFAULT_ZOD_SCHEMAS_MODULE, type ZodSchemas, type ModelZodSchemas } from './validation/zod-schemas.js';
export { PRISMA_OPERATIONS, isPrismaOperation, type PrismaOperation, type OperationTraits } from './prisma/prisma-operations.js';
export { isEnhancedClient } from './proxy/is-enhanced-client.js';

/**
 * Filled in by the `.zenstack/models.d.ts` that `zenstack generate` writes when the schema has
 * polymorphic models: `client` is the client type of the logical schema. Importing
 * `@zenstackhq/runtime/models` anywhere in a program brings the augmentation in. Declared here,
 * in the package's entry, because TypeScript augments only where an interface is declared.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface GeneratedTypes {}

/**
 * What `enhance()` returns: the generated logical client type (polymorphic models as
 * discriminated unions, no writes of bases or discriminators) when it is in the program,
 * else the client's own type.
 * @example type Db = Enhanced<PrismaClient>
 */
export type Enhanced<Client> = GeneratedTypes extends { client: infer Logical } ? Logical : Client;
