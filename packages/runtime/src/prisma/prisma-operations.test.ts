import { describe, expect, expectTypeOf, it } from 'vitest';
import { isPrismaOperation, PRISMA_OPERATIONS, type PrismaOperation } from './prisma-operations.js';

describe('PRISMA_OPERATIONS', () => {
    it('lists exactly the model methods of PrismaClient', () => {
        expectTypeOf<keyof typeof PRISMA_OPERATIONS>().toEqualTypeOf<PrismaOperation>();
        expect(Object.keys(PRISMA_OPERATIONS).sort()).toEqual(
            [
                'aggregate',
                'count',
                'create',
                'createMany',
                'createManyAndReturn',
                'delete',
                'deleteMany',
                'findFirst',
                'findFirstOrThrow',
                'findMany',
                'findUnique',
                'findUniqueOrThrow',
                'groupBy',
                'update',
                'updateMany',
                'updateManyAndReturn',
                'upsert',
            ].sort(),
        );
    });

    it('marks writes and the operations with a fluent API', () => {
        const writes = Object.entries(PRISMA_OPERATIONS).filter(([, t]) => t.access === 'write').map(([op]) => op);
        expect(writes).toEqual(['create', 'createMany', 'createManyAndReturn', 'update', 'updateMany', 'updateManyAndReturn', 'upsert', 'delete', 'deleteMany']);
        const fluent = Object.entries(PRISMA_OPERATIONS).filter(([, t]) => t.fluent).map(([op]) => op);
        expect(fluent).toEqual(['findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'create', 'update', 'upsert', 'delete']);
    });

    it('tells operations from other delegate properties', () => {
        expect(isPrismaOperation('findMany')).toBe(true);
        expect(isPrismaOperation('fields')).toBe(false);
        expect(isPrismaOperation('findRaw')).toBe(false);
        expect(isPrismaOperation('toString')).toBe(false);
        expect(isPrismaOperation(Symbol.iterator)).toBe(false);
    });
});
