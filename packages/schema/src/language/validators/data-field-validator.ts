import type { ValidationAcceptor } from 'langium';
import { isDataModel, isTypeDef, type DataField } from '../generated/ast.js';
import { findAttribute } from '../ast-utils.js';

/** Checks one field on its own: its type shape and the attributes that constrain it. */
export class DataFieldValidator {
    check(field: DataField, accept: ValidationAcceptor): void {
        const type = field.type;
        if (!type) return;
        if (type.array && type.optional) {
            accept('error', `list field '${field.name}' cannot be optional: a list is empty instead`, { node: type, code: 'optional-list' });
        }
        const target = type.reference?.ref;
        if (isDataModel(target)) {
            if (isTypeDef(field.$container)) {
                accept('error', `field '${field.name}' of a type declaration cannot refer to model '${target.name}'`, { node: type, code: 'type-relation' });
            } else if (target.isAbstract) {
                accept('error', `field '${field.name}' cannot refer to abstract model '${target.name}': abstract models have no table`, { node: type, code: 'abstract-reference' });
            }
        }
        const id = findAttribute(field.attributes, '@id');
        if (id && (type.optional || type.array)) {
            accept('error', `@id field '${field.name}' must be required`, { node: id, code: 'optional-id' });
        }
        const relation = findAttribute(field.attributes, '@relation');
        // an unresolved type is already a linking error
        const unresolved = type.reference !== undefined && target === undefined;
        if (relation && !isDataModel(target) && !unresolved) {
            accept('error', `@relation can only be used on a field whose type is a model`, { node: relation, code: 'relation-on-scalar' });
        }
    }
}
