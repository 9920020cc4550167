import type { ValidationAcceptor } from 'langium';
import type { Enum } from '../generated/ast.js';
import { checkReservedName } from './reserved-names.js';

/** Checks an enum: a name Prisma accepts, at least one value, each value once. */
export class EnumValidator {
    check(decl: Enum, accept: ValidationAcceptor): void {
        checkReservedName(decl, 'enum', accept);
        if (decl.fields.length === 0 && decl.name) {
            accept('error', `enum '${decl.name}' must have at least one value`, { node: decl, property: 'name', code: 'empty-enum' });
        }
        const seen = new Set<string>();
        for (const field of decl.fields) {
            if (!field.name) continue;
            if (seen.has(field.name)) {
                accept('error', `duplicate value '${field.name}' in enum '${decl.name}'`, { node: field, property: 'name', code: 'duplicate-enum-value' });
            }
            seen.add(field.name);
        }
    }
}
