/**
 * The part of Prisma's DMMF (`getDMMF()` from `@prisma/internals`) that plugins usually read,
 * typed here so the sdk needs no Prisma package. The objects carry every other property
 * Prisma puts there too.
 */
export interface DmmfDocument {
    readonly datamodel: DmmfDatamodel;
    readonly [key: string]: unknown;
}

export interface DmmfDatamodel {
    readonly models: readonly DmmfModel[];
    readonly enums: readonly DmmfEnum[];
    readonly types: readonly DmmfModel[];
    readonly [key: string]: unknown;
}

export interface DmmfModel {
    readonly name: string;
    readonly dbName: string | null;
    readonly fields: readonly DmmfField[];
    readonly primaryKey: { readonly name: string | null; readonly fields: readonly string[] } | null;
    readonly uniqueFields: readonly (readonly string[])[];
    readonly documentation?: string;
    readonly [key: string]: unknown;
}

export interface DmmfField {
    readonly name: string;
    readonly kind: 'scalar' | 'object' | 'enum' | 'unsupported';
    readonly type: string;
    readonly isList: boolean;
    readonly isRequired: boolean;
    readonly isId: boolean;
    readonly isUnique: boolean;
    readonly hasDefaultValue: boolean;
    readonly dbName?: string | null;
    readonly relationName?: string;
    readonly relationFromFields?: readonly string[];
    readonly relationToFields?: readonly string[];
    readonly documentation?: string;
    readonly [key: string]: unknown;
}

export interface DmmfEnum {
    readonly name: string;
    readonly values: readonly { readonly name: string; readonly dbName: string | null }[];
    readonly dbName?: string | null;
    readonly [key: string]: unknown;
}
