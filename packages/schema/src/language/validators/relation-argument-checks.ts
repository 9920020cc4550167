import type { ValidationAcceptor } from 'langium';
import type { DataField, DataModel } from '../generated/ast.js';
import { fieldTypeName, isRelationField } from '../ast-utils.js';
import { listItems, referencedField, referencedFields } from './attribute-args.js';
import type { RelationInfo } from './relation-info.js';
import { isUniqueCriterion } from './unique-criteria.js';

/**
 * Checks what one `@relation(fields:, references:)` says on its own: both lists given, as
 * long as each other, scalar fields of matching types, and references that identify one row.
 */
export function checkRelationArguments(field: DataField, target: DataModel, info: RelationInfo, accept: ValidationAcceptor): void {
    const attr = info.attr;
    if (!attr) return;
    if ((info.fields === undefined) !== (info.references === undefined)) {
        const [given, missing] = info.fields === undefined ? ['references', 'fields'] : ['fields', 'references'];
        accept('error', `@relation of field '${field.name}' gives ${given} without ${missing}: give both`, { node: attr, code: 'relation-arguments' });
        return;
    }
    if (!info.fields || !info.references) return;
    const locals = listItems(info.fields);
    const remotes = listItems(info.references);
    if (locals.length !== remotes.length) {
        accept('error', `@relation of field '${field.name}' has ${locals.length} field(s) but ${remotes.length} reference(s)`, { node: info.references, code: 'relation-arity' });
        return;
    }
    let complete = true;
    locals.forEach((item, index) => {
        const local = referencedField(item);
        const remote = referencedField(remotes[index]);
        // a name that resolves to no field is already a linking or argument error
        if (!local || !remote) {
            complete = false;
            return;
        }
        if (isRelationField(local)) {
            accept('error', `'${local.name}' in fields must be a scalar field, not a relation`, { node: item, code: 'relation-not-scalar' });
            complete = false;
        } else if (isRelationField(remote)) {
            accept('error', `'${remote.name}' in references must be a scalar field, not a relation`, { node: remotes[index]!, code: 'relation-not-scalar' });
            complete = false;
        } else if (scalarTypeKey(local) !== scalarTypeKey(remote)) {
            accept('error', `the type of field '${local.name}' (${fieldTypeName(local)}) does not match the type of referenced field '${target.name}.${remote.name}' (${fieldTypeName(remote)})`, {
                node: item,
                code: 'relation-type-mismatch',
            });
        }
    });
    if (!complete) return;
    const optional = referencedFields(info.fields).find((f) => f.type?.optional);
    if (optional && !field.type?.optional && !field.type?.array) {
        accept('error', `relation field '${field.name}' must be optional because its field '${optional.name}' is optional`, { node: field, property: 'name', code: 'relation-optionality' });
    }
    const referenced = referencedFields(info.references);
    if (referenced.length > 0 && !isUniqueCriterion(target, referenced)) {
        const names = referenced.map((f) => f.name).join(', ');
        accept('error', `the references of '${field.name}' (${names}) must be a unique criterion of model '${target.name}': an @id, @unique or @@unique field set`, {
            node: info.references,
            code: 'relation-references-not-unique',
        });
    }
}

// list-ness is left out: a MongoDB many-to-many relation stores a list of referenced ids
function scalarTypeKey(field: DataField): string {
    const type = field.type;
    if (!type) return '?';
    if (type.type) return type.type;
    if (type.reference) return `ref:${type.reference.$refText}`;
    return `unsupported:${String(type.unsupported?.value?.value)}`;
}
