import type { FieldType } from '@zenstackhq/sdk';
import { toStringLiteral } from './string-literal.js';

/** What the physical schema can express of ZModel's types, per datasource provider. */
export interface TypeMapping {
    /** MongoDB has composite types; SQL providers store typed JSON (`x T @json`) as `Json` */
    readonly compositeTypes: boolean;
}

/** Prints a field's type with its `?`/`[]` modifier, e.g. `Unsupported("tsvector")?` or `Json`. */
export function printFieldType(type: FieldType, mapping: TypeMapping): string {
    if (type.kind === 'typeDef' && !mapping.compositeTypes) {
        // a whole list of typed objects is one JSON value
        return type.optional ? 'Json?' : 'Json';
    }
    const base = type.kind === 'unsupported' ? `Unsupported(${toStringLiteral(type.name)})` : type.name;
    return `${base}${type.array ? '[]' : ''}${type.optional ? '?' : ''}`;
}
