import type { ValidationAcceptor } from 'langium';
import type { TypeDef } from '../generated/ast.js';
import { checkDuplicateFields, checkInheritanceCycle } from './inheritance-checks.js';

/** Checks a type declaration: its fields and its `extends` chain. */
export class TypeDefValidator {
    check(typeDef: TypeDef, accept: ValidationAcceptor): void {
        checkDuplicateFields(typeDef, accept);
        checkInheritanceCycle(typeDef, accept);
    }
}
