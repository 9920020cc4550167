import type { DelegateHierarchy } from '../hierarchy.js';
import { isPlainObject, type Plain } from './paths.js';
import type { WriteContext } from './write-context.js';

/** Whether a unique filter names only columns of the model's own table. */
export function isPhysicalUnique(h: DelegateHierarchy, model: string, where: Plain): boolean {
    const info = h.model(model);
    return Object.keys(where).every((key) => {
        if (key === 'AND' || key === 'OR' || key === 'NOT') return false;
        const unique = info.uniqueConstraints[key];
        const fields = unique && isPlainObject(where[key]) && unique.fields.length > 1 ? unique.fields : [key];
        return fields.every((f) => !info.fields[f] || h.readStorageOf(model, f) === model);
    });
}

/**
 * A unique filter Prisma accepts on the model's table: unchanged when it names own columns,
 * else the row's id looked up through the base (null when there is no such row).
 */
export async function toPhysicalUnique(ctx: WriteContext, model: string, where: unknown): Promise<Plain | null> {
    if (!isPlainObject(where)) return where as null;
    if (!ctx.h.reachesPolymorphic(model) || isPhysicalUnique(ctx.h, model, where)) return where;
    const ids = await ctx.resolveUnique(model, where);
    if (!ids) return null;
    const idFields = ctx.h.model(model).idFields;
    return uniqueByFields(ctx.h, model, idFields, idFields.map((f) => ids[f]));
}

/** A unique filter for the row whose `references` columns hold `values`. */
export function uniqueByFields(h: DelegateHierarchy, model: string, references: readonly string[], values: readonly unknown[]): Plain {
    if (references.length === 1) return { [references[0]!]: values[0] };
    const compound = Object.values(h.model(model).uniqueConstraints).find(
        (u) => u.fields.length === references.length && u.fields.every((f) => references.includes(f)),
    );
    const key = compound?.name ?? references.join('_');
    return { [key]: Object.fromEntries(references.map((r, i) => [r, values[i]])) };
}
