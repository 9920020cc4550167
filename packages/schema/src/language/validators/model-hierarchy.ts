import type { DataField, DataModel } from '../generated/ast.js';
import type { FieldContainer } from '../ast-utils.js';

/**
 * The fields stored in a model's own table: its own and those of its abstract bases, by name.
 * Fields of a delegate base live in the base's table, so relations there pair up on the base.
 */
export function getPhysicalFields(model: DataModel): DataField[] {
    const byName = new Map<string, DataField>();
    const seen = new Set<DataModel>([model]);
    const visit = (decl: DataModel) => {
        for (const ref of decl.superTypes ?? []) {
            const base = ref.ref;
            if (!base || seen.has(base) || !base.isAbstract) continue;
            seen.add(base);
            visit(base);
            for (const field of base.fields ?? []) if (field.name) byName.set(field.name, field);
        }
    };
    visit(model);
    for (const field of model.fields ?? []) if (field.name) byName.set(field.name, field);
    return [...byName.values()];
}

/** Whether following `extends` from `base` leads back to `decl`. */
export function extendsItself(decl: FieldContainer, base: FieldContainer): boolean {
    const seen = new Set<FieldContainer>();
    const pending: FieldContainer[] = [base];
    while (pending.length > 0) {
        const current = pending.pop()!;
        if (current === decl) return true;
        if (seen.has(current)) continue;
        seen.add(current);
        for (const ref of current.superTypes ?? []) {
            const next = ref.ref as FieldContainer | undefined;
            if (next) pending.push(next);
        }
    }
    return false;
}
