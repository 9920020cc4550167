import { modelDelegateName } from '@zenstackhq/sdk';
import type { OperationPipeline } from '../pipeline/operation-pipeline.js';
import type { DbClient, ModelDelegate } from '../prisma/prisma-client-like.js';
import { runBatchTransaction } from './batch-transaction.js';
import type { ClientScope } from './client-scope.js';
import { createModelProxy } from './model-proxy.js';
import { createRelationLookup } from './relation-lookup.js';

const SCOPE = Symbol('zenstack.enhancedClientScope');

type ClientMethod = (...args: unknown[]) => unknown;

/**
 * Wraps a PrismaClient so model operations dispatch through `pipeline`. Interactive transactions
 * hand an enhanced tx client to their callback, `$extends` results stay enhanced, and everything
 * else is the client's own.
 */
export function createEnhancedClient<Client extends object>(client: Client, pipeline: OperationPipeline, inTransaction = false): Client {
    const scope: ClientScope = {
        db: client as DbClient,
        inTransaction,
        pipeline,
        relations: createRelationLookup(pipeline.env.modelMeta),
    };
    const modelsByDelegate = new Map(Object.keys(pipeline.env.modelMeta.models).map((model) => [modelDelegateName(model), model]));
    const modelProxies = new Map<string, ModelDelegate>();

    const overrides: Record<'$transaction' | '$extends', ClientMethod> = {
        $transaction: (arg, options) => {
            if (Array.isArray(arg)) return runBatchTransaction(scope.db, arg, options);
            const transaction = scope.db['$transaction'] as ClientMethod;
            if (typeof arg !== 'function') return transaction.call(scope.db, arg, options);
            const callback = arg as (tx: unknown) => unknown;
            return transaction.call(scope.db, (tx: object) => callback(createEnhancedClient(tx, pipeline, true)), options);
        },
        $extends: (...args) => {
            const extended = (scope.db['$extends'] as ClientMethod).apply(scope.db, args) as object;
            return createEnhancedClient(extended, pipeline, inTransaction);
        },
    };

    return new Proxy(client, {
        get(target, property, receiver) {
            if (property === SCOPE) return scope;
            if (property === '$transaction' || property === '$extends') {
                // interactive-transaction clients have neither
                return typeof Reflect.get(target, property) === 'function' ? overrides[property] : undefined;
            }
            const model = typeof property === 'string' ? modelsByDelegate.get(property) : undefined;
            if (model === undefined) return Reflect.get(target, property, receiver);

            const delegate = Reflect.get(target, property, receiver) as ModelDelegate | undefined;
            if (!delegate) return delegate;
            let proxy = modelProxies.get(model);
            if (!proxy) {
                proxy = createModelProxy(delegate, model, scope);
                modelProxies.set(model, proxy);
            }
            return proxy;
        },
    });
}

/** The scope of a client made by `createEnhancedClient`, or undefined for any other value. */
export function getEnhancedClientScope(value: unknown): ClientScope | undefined {
    return typeof value === 'object' && value !== null ? ((value as { [SCOPE]?: ClientScope })[SCOPE] ?? undefined) : undefined;
}
