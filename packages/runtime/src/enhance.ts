import type { ModelMeta } from '@zenstackhq/sdk';
import type { DbClient } from './prisma/prisma-client-like.js';
import { createPrismaErrorSource, type PrismaModuleLike } from './errors/prisma-error-source.js';
import { loadModelMeta } from './model-meta/load-model-meta.js';
import type { Enhancement, EnhancementContext, EnhancementEnv, EnhancementKind } from './pipeline/enhancement.js';
import { createOperationPipeline } from './pipeline/operation-pipeline.js';
import { createEnhancedClient, getEnhancedClientScope } from './proxy/client-proxy.js';
import { createDelegateEnhancement } from './delegate/delegate-enhancement.js';
import { createPolicyEnhancement } from './policy/policy-enhancement.js';
import { createValidationEnhancement } from './validation/validation-enhancement.js';
import type { ZodSchemas } from './validation/zod-schemas.js';
import { createPasswordEnhancement } from './password/password-enhancement.js';
import { createOmitEnhancement } from './omit/omit-enhancement.js';
import { createTypedJsonEnhancement } from './json/typed-json-enhancement.js';
import { createAuthDefaultsEnhancement } from './defaults/auth-defaults-enhancement.js';
import type { Enhanced } from './index.js';

export interface EnhanceOptions {
    /** the metadata `zenstack generate` wrote; loaded from `node_modules/.zenstack` when absent */
    readonly modelMeta?: ModelMeta;
    /** the enhancements to apply; all by default */
    readonly kinds?: readonly EnhancementKind[];
    /** the client's `Prisma` namespace, so rejections are its own `PrismaClientKnownRequestError` */
    readonly prismaModule?: PrismaModuleLike;
    /** the zod schemas `zenstack generate` wrote; loaded from `node_modules/.zenstack/zod` when absent and the schema has validation rules */
    readonly zodSchemas?: ZodSchemas;
}

/** The v2 name of {@link EnhanceOptions}. */
export type EnhancementOptions = EnhanceOptions;

/** Makes an enhancement layer for one `enhance()` call, or undefined when the schema doesn't need it. */
type EnhancementFactory = (env: EnhancementEnv, options: EnhanceOptions) => Enhancement | undefined;

/** Every enhancement kind; each factory decides from the metadata whether its layer is needed. */
const ENHANCEMENTS: Record<EnhancementKind, EnhancementFactory> = {
    omit: createOmitEnhancement,
    password: createPasswordEnhancement,
    validation: createValidationEnhancement,
    policy: createPolicyEnhancement,
    delegate: createDelegateEnhancement,
};

/** The order of the layers, outermost (first to see an operation) first: validation sees passwords before they are hashed. */
const LAYER_ORDER = ['omit', 'validation', 'password', 'policy', 'delegate'] as const satisfies readonly EnhancementKind[];
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
    // the schema's own semantics come first: typed JSON's dates revived in whatever the selected
    // layers return, auth() defaults filled before any layer reads the data
    const builtins: readonly EnhancementFactory[] = [createTypedJsonEnhancement, createAuthDefaultsEnhancement];
    const enhancements = [...builtins, ...LAYER_ORDER.filter((kind) => kinds.has(kind)).map((kind) => ENHANCEMENTS[kind])]
        .map((factory) => factory(env, options))
        .filter((enhancement): enhancement is Enhancement => enhancement !== undefined);
    return createEnhancedClient(client, createOperationPipeline(env, enhancements)) as Enhanced<Client>;
}
