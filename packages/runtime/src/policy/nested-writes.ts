import type { ModelMeta, PolicyOperation } from '@zenstackhq/sdk';
import { isPlainObject, type Plain } from '../delegate/rewrite/paths.js';
import type { PolicyGuards } from './policy-guards.js';

const NEEDS: Record<string, PolicyOperation> = {
    create: 'create',
    createMany: 'create',
    connectOrCreate: 'create',
    connect: 'update',
    disconnect: 'update',
    set: 'update',
    update: 'update',
    updateMany: 'update',
    upsert: 'update',
    delete: 'delete',
    deleteMany: 'delete',
};

/**
 * The nested writes in `data` that the rules do not allow unconditionally, as "Model.operation"
 * strings. Conditional rules on nested writes are not checked yet, so such writes are refused
 * rather than let through unchecked.
 */
export function uncheckedNestedWrites(meta: ModelMeta, guards: PolicyGuards, model: string, data: unknown): string[] {
    if (!isPlainObject(data)) return [];
    const problems: string[] = [];
    for (const [key, payload] of Object.entries(data)) {
        const field = meta.models[model]?.fields[key];
        if (field?.kind !== 'object' || !isPlainObject(payload)) continue;
        for (const [op, value] of Object.entries(payload)) {
            const needed = NEEDS[op];
            if (!needed || value === undefined) continue;
            if (guards.guard(field.type, needed) !== true) problems.push(`${field.type}.${op}`);
            if (op === 'upsert' && guards.guard(field.type, 'create') !== true) problems.push(`${field.type}.${op}`);
            for (const item of Array.isArray(value) ? value : [value]) {
                if (!isPlainObject(item)) continue;
                const nestedData = op === 'create' ? item : (item.data ?? item.create ?? (op === 'update' && !('where' in item) ? item : undefined));
                problems.push(...uncheckedNestedWrites(meta, guards, field.type, nestedData));
                if (op === 'upsert') problems.push(...uncheckedNestedWrites(meta, guards, field.type, item.update));
            }
        }
    }
    return [...new Set(problems)];
}

export function nestedWritesError(problems: readonly string[]): string {
    return `nested writes checked by conditional access rules are not supported yet: ${problems.join(', ')}`;
}

export type { Plain };
