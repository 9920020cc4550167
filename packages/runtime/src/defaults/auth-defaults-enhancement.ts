import type { ModelMeta } from '@zenstackhq/sdk';
import type { Plain } from '../delegate/rewrite/paths.js';
import { modelsReaching } from '../model-meta/result-rows.js';
import type { Enhancement, EnhancementEnv } from '../pipeline/enhancement.js';
import type { PrismaOperation } from '../prisma/prisma-operations.js';
import { applyAuthDefaults, applyNestedAuthDefaults } from '../policy/auth-defaults.js';

type Fill = (meta: ModelMeta, model: string, args: Plain, user: Plain) => Plain;

const created: Fill = (meta, model, args, user) => ({
    ...args,
    data: Array.isArray(args.data) ? args.data.map((d) => applyAuthDefaults(meta, model, d, user)) : applyAuthDefaults(meta, model, args.data, user),
});

/** The operations that create rows, directly or in nested writes. */
const FILLS = {
    create: created,
    createMany: created,
    createManyAndReturn: created,
    update: (meta, model, args, user) => ({ ...args, data: applyNestedAuthDefaults(meta, model, args.data, user) }),
    upsert: (meta, model, args, user) => ({
        ...args,
        create: applyAuthDefaults(meta, model, args.create, user),
        update: applyNestedAuthDefaults(meta, model, args.update, user),
    }),
} satisfies Partial<Record<PrismaOperation, Fill>>;

/**
 * `@default(auth().x)` fields a create leaves out are filled from the current user, before any
 * other layer sees the data (so polymorphic writes and policies alike get complete rows). Not a
 * selectable kind: the default is part of the schema, like `@default(now())`.
 */
export function createAuthDefaultsEnhancement(env: EnhancementEnv): Enhancement | undefined {
    const meta = env.modelMeta;
    const user = env.context.user as Plain | undefined;
    if (!user) return undefined;
    const reaching = modelsReaching(meta, (model) => Object.values(meta.models[model]!.fields).some((f) => f.defaultValue));
    if (reaching.size === 0) return undefined;
    return {
        kind: 'auth-defaults',
        handles: (model, operation) => reaching.has(model) && Object.hasOwn(FILLS, operation),
        middleware: (ctx, proceed) => {
            const fill: Fill = FILLS[ctx.operation as keyof typeof FILLS];
            return proceed({ ...ctx, args: fill(meta, ctx.model, (ctx.args ?? {}) as Plain, user) });
        },
    };
}
