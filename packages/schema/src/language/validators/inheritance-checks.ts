import type { ValidationAcceptor } from 'langium';
import type { DataField } from '../generated/ast.js';
import { getAllFields, getAncestors, type FieldContainer } from '../ast-utils.js';
import { extendsItself } from './model-hierarchy.js';

/** Names a model or type for messages: "model 'User'", "type 'Address'". */
export function describeContainer(decl: FieldContainer): string {
    return `${decl.$type === 'TypeDef' ? 'type' : 'model'} '${decl.name}'`;
}

/**
 * Reports a field declared twice: twice in one body, again after a base declares it, or
 * inherited from two unrelated bases.
 */
export function checkDuplicateFields(decl: FieldContainer, accept: ValidationAcceptor): void {
    const own = new Map<string, DataField>();
    const inherited = new Map<string, FieldContainer>();
    for (const base of getAncestors(decl)) {
        for (const field of base.fields) if (field.name && !inherited.has(field.name)) inherited.set(field.name, base);
    }
    for (const field of decl.fields) {
        if (!field.name) continue;
        if (own.has(field.name)) {
            accept('error', `duplicate field '${field.name}' in ${describeContainer(decl)}`, { node: field, property: 'name', code: 'duplicate-field' });
            continue;
        }
        own.set(field.name, field);
        const base = inherited.get(field.name);
        if (base) {
            accept('error', `field '${field.name}' is already declared in base ${describeContainer(base)}`, { node: field, property: 'name', code: 'duplicate-field' });
        }
    }
    // two bases that declare the same name independently (a shared ancestor's field is one field)
    const bases = decl.superTypes.map((ref) => ref.ref as FieldContainer | undefined);
    const fromBase = new Map<string, { field: DataField; base: FieldContainer }>();
    bases.forEach((base, index) => {
        if (!base || base === decl) return;
        for (const field of getAllFields(base)) {
            const earlier = fromBase.get(field.name);
            if (!earlier) {
                fromBase.set(field.name, { field, base });
            } else if (earlier.field !== field && !own.has(field.name)) {
                accept('error', `field '${field.name}' is inherited from both '${earlier.base.name}' and '${base.name}'`, {
                    node: decl,
                    property: 'superTypes',
                    index,
                    code: 'duplicate-field',
                });
            }
        }
    });
}

/** Reports each `extends` entry that leads back to the declaration itself. */
export function checkInheritanceCycle(decl: FieldContainer, accept: ValidationAcceptor): boolean {
    let cyclic = false;
    decl.superTypes.forEach((ref, index) => {
        const base = ref.ref as FieldContainer | undefined;
        if (!base || !extendsItself(decl, base)) return;
        cyclic = true;
        const through = base === decl ? 'itself' : `itself through '${base.name}'`;
        accept('error', `cyclic inheritance: ${describeContainer(decl)} extends ${through}`, { node: decl, property: 'superTypes', index, code: 'cyclic-inheritance' });
    });
    return cyclic;
}
