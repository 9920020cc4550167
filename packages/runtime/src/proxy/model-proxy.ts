import { callPrisma } from '../pipeline/operation-pipeline.js';
import type { DbClient, ModelDelegate, PrismaArgs } from '../prisma/prisma-client-like.js';
import { isPrismaOperation, type PrismaOperation } from '../prisma/prisma-operations.js';
import type { ClientScope } from './client-scope.js';
import { createDeferredOperation, type OperationRequest } from './deferred-operation.js';

/**
 * Wraps a model delegate (`db.user`): each Prisma operation goes through the layers that handle
 * it, or straight to Prisma (returning Prisma's own promise) when none does. Other properties
 * (`fields`, `name`, model extensions) are the delegate's.
 */
export function createModelProxy(delegate: ModelDelegate, model: string, scope: ClientScope): ModelDelegate {
    const run = (request: OperationRequest, db?: DbClient) =>
        (scope.pipeline.chainFor(request.model, request.operation) ?? callPrisma)({
            ...request,
            db: db ?? scope.db,
            inTransaction: db !== undefined || scope.inTransaction,
            env: scope.pipeline.env,
        });

    const operations = new Map<PrismaOperation, (args?: PrismaArgs) => unknown>();
    const operationFor = (operation: PrismaOperation) => {
        let fn = operations.get(operation);
        if (!fn) {
            fn = (args?: PrismaArgs) =>
                scope.pipeline.chainFor(model, operation)
                    ? createDeferredOperation({ model, operation, args }, run, scope.relations)
                    : delegate[operation](args);
            operations.set(operation, fn);
        }
        return fn;
    };

    const extra = (property: string | symbol) => {
        if (typeof property !== 'string') return undefined;
        const method = scope.pipeline.enhancements.find((e) => e.modelMethods?.[property])?.modelMethods?.[property];
        return method ? (args: unknown) => method({ model, db: scope.db }, args) : undefined;
    };

    return new Proxy(delegate, {
        get(target, property, receiver) {
            if (isPrismaOperation(property)) return operationFor(property);
            return extra(property) ?? Reflect.get(target, property, receiver);
        },
    });
}
