import type { DataField, DataFieldAttribute, Expression } from '../generated/ast.js';
import { findAttribute, getArgument } from '../ast-utils.js';
import { stringLiteral } from './attribute-args.js';

/** What a relation field's `@relation(...)` says, if it has one. */
export interface RelationInfo {
    readonly attr?: DataFieldAttribute;
    /** the relation name; '' when unnamed */
    readonly name: string;
    readonly fields?: Expression;
    readonly references?: Expression;
}

/** Reads the name, `fields` and `references` of a field's `@relation`; unnamed when it has none. */
export function relationInfo(field: DataField): RelationInfo {
    const attr = findAttribute(field.attributes ?? [], '@relation');
    if (!attr) return { name: '' };
    return {
        attr,
        name: stringLiteral(getArgument(attr, 'name')?.value) ?? '',
        fields: getArgument(attr, 'fields')?.value,
        references: getArgument(attr, 'references')?.value,
    };
}

/** Whether the relation names the foreign key: `fields` or `references` is given. */
export function ownsForeignKey(info: RelationInfo): boolean {
    return info.fields !== undefined || info.references !== undefined;
}
