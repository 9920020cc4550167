import type { Expression } from './ir/expression.js';
import type { ModelPolicy } from './policy-def.js';

/**
 * What the runtime knows about a schema: generated as plain data by `zenstack generate`
 * (`node_modules/.zenstack/model-meta.js`), so the runtime never needs the compiler.
 */
export interface ModelMeta {
    readonly provider: string;
    readonly models: Readonly<Record<string, ModelInfo>>;
    readonly enums: Readonly<Record<string, readonly string[]>>;
    /** the model `auth()` stands for */
    readonly authModel?: string;
    /** `type` declarations, whose fields typed JSON (`x T @json`) stores; absent when the schema has none */
    readonly typeDefs?: Readonly<Record<string, TypeDefInfo>>;
}

/** A `type` declaration: the shape of the JSON a typed JSON field stores. */
export interface TypeDefInfo {
    readonly name: string;
    readonly fields: Readonly<Record<string, TypeDefFieldInfo>>;
}

/** A field of a `type`: a scalar, an enum or another `type` (kind 'typeDef'), possibly a list. */
export type TypeDefFieldInfo = Pick<FieldInfo, 'name' | 'type' | 'kind' | 'isList' | 'isOptional' | 'attributes'>;

export interface ModelInfo {
    readonly name: string;
    /** the table name when `@@map` renames it */
    readonly dbName?: string;
    readonly fields: Readonly<Record<string, FieldInfo>>;
    readonly idFields: readonly string[];
    /** compound and single-field unique constraints, keyed by Prisma's `where` key (`a_b`) */
    readonly uniqueConstraints: Readonly<Record<string, { readonly name: string; readonly fields: readonly string[] }>>;
    readonly attributes: readonly AttributeInfo[];
    readonly isView?: boolean;
    /** the polymorphic base this model extends directly (its rows live in both tables) */
    readonly baseModel?: string;
    /** on a polymorphic base: the field storing which concrete model each row is */
    readonly discriminator?: string;
    /** on a sub model: what the bases' discriminators store for its rows */
    readonly discriminatorValue?: string;
    /** on a polymorphic base: the models that extend it directly */
    readonly subModels?: readonly string[];
    /** access rules; absent when the model has none (everything is then denied under `enhance`) */
    readonly policy?: ModelPolicy;
}

export type FieldKind = 'scalar' | 'enum' | 'object' | 'typeDef' | 'unsupported';

export interface FieldInfo {
    readonly name: string;
    /** scalar type name, or the enum/model/type name */
    readonly type: string;
    readonly kind: FieldKind;
    readonly isList: boolean;
    readonly isOptional: boolean;
    readonly isId?: boolean;
    readonly isUnique?: boolean;
    readonly isUpdatedAt?: boolean;
    readonly hasDefault?: boolean;
    /** the field's `@default` value when it is an expression the runtime evaluates (e.g. `auth().id`) */
    readonly defaultValue?: Expression;
    readonly relation?: RelationInfo;
    /** the model that declares the field when it is inherited */
    readonly inheritedFrom?: string;
    readonly attributes: readonly AttributeInfo[];
}

export interface RelationInfo {
    readonly name?: string;
    /** the field on the related model that points back, if any */
    readonly opposite?: string;
    /** foreign key fields on this side, when this side owns the relation */
    readonly fields?: readonly string[];
    readonly references?: readonly string[];
    readonly onDelete?: string;
    readonly onUpdate?: string;
}

export interface AttributeInfo {
    readonly name: string;
    readonly args: readonly { readonly name?: string; readonly value: Expression }[];
}
