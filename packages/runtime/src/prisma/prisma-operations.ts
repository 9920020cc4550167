import type { Operation } from '@prisma/client/runtime/client';

/**
 * A PrismaClient model method (`db.user.findMany`), derived from Prisma's own `Operation` type
 * so a method added by a new Prisma version fails to compile until it is listed below.
 */
export type PrismaOperation = Exclude<Operation, `$${string}` | 'findRaw' | 'aggregateRaw'>;

/** What an enhancement needs to know about an operation without hard-coding method names. */
export interface OperationTraits {
    /** whether the operation may change data */
    readonly access: 'read' | 'write';
    /** the shape of the result */
    readonly result: 'entity' | 'entity-or-null' | 'entities' | 'count' | 'aggregate';
    /** whether the result supports Prisma's fluent relation API (`findUnique(...).posts()`) */
    readonly fluent: boolean;
}

/** Every PrismaClient model method and its traits; exhaustive by construction. */
export const PRISMA_OPERATIONS = {
    findUnique: { access: 'read', result: 'entity-or-null', fluent: true },
    findUniqueOrThrow: { access: 'read', result: 'entity', fluent: true },
    findFirst: { access: 'read', result: 'entity-or-null', fluent: true },
    findFirstOrThrow: { access: 'read', result: 'entity', fluent: true },
    findMany: { access: 'read', result: 'entities', fluent: false },
    create: { access: 'write', result: 'entity', fluent: true },
    createMany: { access: 'write', result: 'count', fluent: false },
    createManyAndReturn: { access: 'write', result: 'entities', fluent: false },
    update: { access: 'write', result: 'entity', fluent: true },
    updateMany: { access: 'write', result: 'count', fluent: false },
    updateManyAndReturn: { access: 'write', result: 'entities', fluent: false },
    upsert: { access: 'write', result: 'entity', fluent: true },
    delete: { access: 'write', result: 'entity', fluent: true },
    deleteMany: { access: 'write', result: 'count', fluent: false },
    count: { access: 'read', result: 'aggregate', fluent: false },
    aggregate: { access: 'read', result: 'aggregate', fluent: false },
    groupBy: { access: 'read', result: 'aggregate', fluent: false },
} as const satisfies Record<PrismaOperation, OperationTraits>;

/** Whether a property of a model delegate is a Prisma operation (as opposed to `fields`, `name`, extensions). */
export function isPrismaOperation(name: unknown): name is PrismaOperation {
    return typeof name === 'string' && Object.hasOwn(PRISMA_OPERATIONS, name);
}

/** Whether an operation returns model rows (one, one or null, or a list), which selections shape. */
export function returnsRows(operation: PrismaOperation): boolean {
    return PRISMA_OPERATIONS[operation].result !== 'count' && PRISMA_OPERATIONS[operation].result !== 'aggregate';
}
