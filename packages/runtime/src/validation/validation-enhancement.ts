import type { Enhancement, EnhancementEnv } from '../pipeline/enhancement.js';
import { PRISMA_OPERATIONS } from '../prisma/prisma-operations.js';
import { rewriteWriteArgs } from '../write-data/rewrite-write-args.js';
import { createDataValidator } from './validate-data.js';
import { hasValidationRules } from './validation-rules.js';
import { loadZodSchemas, type ZodSchemas } from './zod-schemas.js';

/**
 * Field validation attributes, `@@validate` rules and the shapes of typed JSON fields, checked on
 * every row a write creates or updates (nested writes included) before anything is written.
 * Absent when no model has such rules; the zod schemas are loaded only then.
 */
export function createValidationEnhancement(env: EnhancementEnv, options: { readonly zodSchemas?: ZodSchemas } = {}): Enhancement | undefined {
    const meta = env.modelMeta;
    if (!Object.keys(meta.models).some((model) => hasValidationRules(meta, model))) return undefined;
    const validate = createDataValidator(meta, options.zodSchemas ?? loadZodSchemas(), env.errors);
    return {
        kind: 'validation',
        // any write may reach a validated model through nested writes
        handles: (_model, operation) => PRISMA_OPERATIONS[operation].access === 'write',
        middleware: async (ctx, proceed) => proceed({ ...ctx, args: await rewriteWriteArgs(meta, ctx.model, ctx.operation, ctx.args, validate) }),
    };
}
