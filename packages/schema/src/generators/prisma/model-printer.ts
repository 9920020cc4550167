import type { EnumDef, FieldDef, ModelDef, TypeDefDef } from '@zenstackhq/sdk';
import { physicalAttributes, printAttribute } from './attribute-printer.js';
import { layoutRows, printBlock, printDocumentation, type BlockRow } from './column-layout.js';
import { printFieldType, type TypeMapping } from './field-type-printer.js';

/** Prints a concrete model or view with all its fields, inherited ones included. */
export function printModel(model: ModelDef, mapping: TypeMapping): string {
    return printDataBlock(`${model.kind} ${model.name}`, model, mapping);
}

/** Prints a `type` declaration as a Prisma composite type (MongoDB only). */
export function printCompositeType(typeDef: TypeDefDef, mapping: TypeMapping): string {
    return printDataBlock(`type ${typeDef.name}`, typeDef, mapping);
}

/** Prints an enum with its values' `@map` and the enum's `@@map`/`@@schema`. */
export function printEnum(decl: EnumDef): string {
    const rows: BlockRow[] = decl.values.map((v) => ({
        documentation: v.documentation,
        cells: [v.name, ...attributeCell(physicalAttributes(v.attributes))],
    }));
    return withDocumentation(decl.documentation, printBlock(`enum ${decl.name}`, withBlockAttributes(layoutRows(rows), decl)));
}

function printDataBlock(header: string, decl: ModelDef | TypeDefDef, mapping: TypeMapping): string {
    const rows = decl.fields.map((f) => fieldRow(f, mapping));
    return withDocumentation(decl.documentation, printBlock(header, withBlockAttributes(layoutRows(rows), decl)));
}

function fieldRow(field: FieldDef, mapping: TypeMapping): BlockRow {
    return {
        documentation: field.documentation,
        cells: [field.name, printFieldType(field.type, mapping), ...attributeCell(physicalAttributes(field.attributes))],
    };
}

function attributeCell(attributes: ReturnType<typeof physicalAttributes>): string[] {
    return attributes.length > 0 ? [attributes.map(printAttribute).join(' ')] : [];
}

// block attributes follow the fields after one blank line, as `prisma format` lays them out
function withBlockAttributes(lines: string[], decl: Pick<ModelDef, 'attributes'>): string[] {
    const attributes = physicalAttributes(decl.attributes).map((a) => `  ${printAttribute(a)}`);
    if (attributes.length === 0) return lines;
    return lines.length === 0 ? attributes : [...lines, '', ...attributes];
}

function withDocumentation(documentation: readonly string[], block: string): string {
    return [...printDocumentation(documentation), block].join('\n');
}
