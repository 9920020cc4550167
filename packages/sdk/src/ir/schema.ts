import type { Expression } from './expression.js';

/** Where a declaration was written, for diagnostics raised after parsing. */
export interface SourceLocation {
    readonly file: string;
    readonly line: number;
    readonly column: number;
}

export interface AttributeArgument {
    readonly name?: string;
    readonly value: Expression;
    /** for an unnamed argument: the declared parameter it binds to by position (`@length(3)` → `min`) */
    readonly param?: string;
}

/** An attribute application such as `@default(now())` or `@@allow('read', true)`. */
export interface AttributeApplication {
    readonly name: string;
    readonly args: readonly AttributeArgument[];
    /** declared with `@@@prisma` in the stdlib: kept in the physical Prisma schema */
    readonly isPrisma: boolean;
    /** the base model that declares a model attribute, when it is inherited */
    readonly inheritedFrom?: string;
}

export type ScalarTypeName = 'String' | 'Boolean' | 'Int' | 'BigInt' | 'Float' | 'Decimal' | 'DateTime' | 'Json' | 'Bytes';

export type FieldType =
    | { readonly kind: 'scalar'; readonly name: ScalarTypeName; readonly array: boolean; readonly optional: boolean }
    | { readonly kind: 'enum' | 'model' | 'typeDef'; readonly name: string; readonly array: boolean; readonly optional: boolean }
    | { readonly kind: 'unsupported'; readonly name: string; readonly array: boolean; readonly optional: boolean };

export interface FieldDef {
    readonly name: string;
    readonly type: FieldType;
    readonly attributes: readonly AttributeApplication[];
    /** documentation as Prisma reads it, one entry per line: `///` text without slashes and leading blanks, or a `/* *\/` block's lines */
    readonly documentation: readonly string[];
    /** the abstract model or delegate base that declares the field, when not this model */
    readonly inheritedFrom?: string;
    readonly location?: SourceLocation;
}

export interface ModelDef {
    readonly name: string;
    readonly kind: 'model' | 'view';
    readonly isAbstract: boolean;
    /** direct bases from `extends`, nearest first */
    readonly baseModels: readonly string[];
    /** own and inherited fields, inherited ones first in declaration order */
    readonly fields: readonly FieldDef[];
    /** own and inherited model attributes */
    readonly attributes: readonly AttributeApplication[];
    readonly documentation: readonly string[];
    readonly location?: SourceLocation;
    /** set on a polymorphic base (`@@delegate(field)`): the field that stores each row's concrete model */
    readonly discriminator?: string;
    /** the delegate base this model extends directly, if any */
    readonly delegateBase?: string;
    /** what a base's discriminator stores for rows of this model: `@@delegateMap(...)`, else the model name */
    readonly discriminatorValue?: string;
}

export interface TypeDefDef {
    readonly name: string;
    readonly fields: readonly FieldDef[];
    readonly attributes: readonly AttributeApplication[];
    readonly documentation: readonly string[];
    readonly location?: SourceLocation;
}

export interface EnumValueDef {
    readonly name: string;
    readonly attributes: readonly AttributeApplication[];
    readonly documentation: readonly string[];
}

export interface EnumDef {
    readonly name: string;
    readonly values: readonly EnumValueDef[];
    readonly attributes: readonly AttributeApplication[];
    readonly documentation: readonly string[];
    readonly location?: SourceLocation;
}

/** A value in a datasource or generator block: opaque to ZModel, printed back as written. */
export type ConfigValue =
    | { readonly kind: 'literal'; readonly value: string | number | boolean }
    | { readonly kind: 'array'; readonly items: readonly ConfigValue[] }
    | {
          readonly kind: 'call';
          readonly name: string;
          readonly args: readonly { readonly name?: string; readonly value: string | number | boolean }[];
          /** false for a bare name such as `pg_trgm` */
          readonly hasParens: boolean;
      };

export interface ConfigBlock {
    readonly name: string;
    readonly fields: readonly { readonly name: string; readonly value: ConfigValue }[];
    readonly documentation: readonly string[];
}

export interface PluginDef {
    readonly name: string;
    readonly provider: string;
    readonly options: Readonly<Record<string, unknown>>;
}

export interface AttributeParamDef {
    readonly name: string;
    readonly type: string;
    readonly array: boolean;
    readonly optional: boolean;
    readonly positional: boolean;
}

/** A user-declared `attribute @x(...)`, visible to plugins. */
export interface AttributeDeclDef {
    readonly name: string;
    readonly params: readonly AttributeParamDef[];
}

/**
 * The validated schema as plain data: imports merged, abstract bases flattened into the models
 * that extend them. Every generator reads this, never the AST.
 */
export interface SchemaDef {
    readonly provider: string;
    readonly datasource: ConfigBlock;
    readonly generators: readonly ConfigBlock[];
    readonly plugins: readonly PluginDef[];
    /** concrete models and views, and abstract models (flagged) for plugins that want them */
    readonly models: readonly ModelDef[];
    readonly enums: readonly EnumDef[];
    readonly typeDefs: readonly TypeDefDef[];
    readonly attributeDecls: readonly AttributeDeclDef[];
    /** the model or type `auth()` stands for, if any */
    readonly authType?: string;
}
