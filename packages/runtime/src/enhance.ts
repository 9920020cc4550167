import type { ModelMeta } from '@zenstackhq/sdk';
import type { DbClient } from './prisma/prisma-client-like.js';
import { createPrismaErrorSource, type PrismaModuleLike } from './errors/prisma-error-source.js';
import { loadModelMeta } from './model-meta/load-model-meta.js';
import type { Enhancement, EnhancementContext, EnhancementEnv, EnhancementKind } from './pipeline/enhancement.js';
import { createOperationPipeline } from './pipeline/operation-pipeline.js';
import { createEnhancedClient, getEnhancedClientScope } from './proxy/client-proxy.js';
import { createDelegateEnhancement } from './delegate/delegate-enhancement.js';
import { createPolicyEnhancement } from './policy/policy-enhancement.js';
import type { Enhanced } from './index.js';

export interface EnhanceOptions {
    /** the metadata `zenstack generate` wrote; loaded from `node_modules/.zenstack` when absent */
    readonly modelMeta?: ModelMeta;
    /** the enhancements to apply; all by default */
    readonly kinds?: readonly EnhancementKind[];
    /** the client's `Prisma` namespace, so rejections are its own `PrismaClientKnownRequestError` */
    readonly prismaModule?: PrismaModuleLike;
}

/** The v2 name of {@link EnhanceOptions}. */
export type EnhancementOptions = EnhanceOptions;

/** Makes an enhancement layer for one `enhance()` call, or undefined when the schema doesn't need it. */
type EnhancementFactory = (env: EnhancementEnv) => Enhancement | undefined;

/** Not implemented yet: the layer is left out. */
const pending: EnhancementFactory = () => undefined;

/** Every enhancement kind; each factory decides from the metadata whether its layer is needed. */
const ENHANCEMENTS: Record<EnhancementKind, EnhancementFactory> = {
    omit: pending,
    password: pending,
    validation: pending,
    policy: createPolicyEnhancement,
    delegate: createDelegateEnhancement,
};

/** The order of the layers, outermost (first to see an operation) first. */
const LAYER_ORDER = ['omit', 'password', 'validation', 'policy', 'delegate'] as const satisfies readonly EnhancementKind[];
type MissingFromLayerOrder = Exclude<EnhancementKind, (typeof LAYER_ORDER)[number]>;
const layerOrderIsComplete: MissingFromLayerOrder extends never ? true : never = true;
void layerOrderIsComplete;

/**
 * Returns a client of the same type whose model operations go through ZenStack's enhancements
 * for `context.user`. Enhancing an enhanced client replaces its context and options.
 * @example const db = enhance(prisma, { user: { id: session.userId } })
 */
export function enhance<Client extends object>(prisma: Client, context: EnhancementContext = {}, options: EnhanceOptions = {}): Enhanced<Client> {
    const client = (getEnhancedClientScope(prisma)?.db ?? prisma) as Client;
    const env: EnhancementEnv = {
        context,
        modelMeta: options.modelMeta ?? loadModelMeta(),
        errors: createPrismaErrorSource(client as DbClient, options.prismaModule),
    };
    const kinds = new Set<EnhancementKind>(options.kinds ?? LAYER_ORDER);
    const enhancements = LAYER_ORDER.filter((kind) => kinds.has(kind))
        .map((kind) => ENHANCEMENTS[kind](env))
        .filter((enhancement): enhancement is Enhancement => enhancement !== undefined);
    return createEnhancedClient(client, createOperationPipeline(env, enhancements)) as Enhanced<Client>;
}
