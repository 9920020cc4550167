import { type FieldType, type ScalarTypeName, type SchemaDef } from '@zenstackhq/sdk';

/** What the typed JSON rewrite of the client types needs: the `type`s as TypeScript, and where they are used. */
export interface TypedJsonView {
    /** `export interface Profile { ... }` for each `type` declaration */
    readonly interfaces: string;
    /** every model of the client, to tell which model a Prisma type name belongs to */
    readonly models: readonly string[];
    /** model → typed JSON field → its TypeScript type (`Profile`, `Address[]`) */
    readonly fieldsByModel: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

// what JSON can hold of each scalar: BigInt and Decimal round-trip as JSON numbers, Bytes as strings
const SCALAR_TYPES: Record<ScalarTypeName, string> = {
    String: 'string',
    Boolean: 'boolean',
    Int: 'number',
    BigInt: 'number',
    Float: 'number',
    Decimal: 'number',
    DateTime: 'Date',
    Json: 'Prisma.JsonValue',
    Bytes: 'string',
};

export function typedJsonView(schema: SchemaDef): TypedJsonView {
    const fieldsByModel = new Map<string, Map<string, string>>();
    const models = schema.models.filter((m) => !m.isAbstract);
    for (const model of models) {
        const typed = model.fields.filter((f) => f.type.kind === 'typeDef');
        if (typed.length > 0) fieldsByModel.set(model.name, new Map(typed.map((f) => [f.name, toTsType(f.type)])));
    }
    const interfaces = schema.typeDefs.map((t) => {
        const members = t.fields.map((f) => `${docComment(f.documentation, '    ')}    ${f.name}${f.type.optional ? '?' : ''}: ${toTsType(f.type)}${f.type.optional ? ' | null' : ''}`);
        return `${docComment(t.documentation, '')}export interface ${t.name} {\n${members.join('\n')}\n}\n`;
    });
    return { interfaces: interfaces.join('\n'), models: models.map((m) => m.name), fieldsByModel };
}

/** Whether the client types need the typed JSON rewrite. */
export function hasTypedJson(schema: SchemaDef): boolean {
    return schema.models.some((m) => !m.isAbstract && m.fields.some((f) => f.type.kind === 'typeDef'));
}

function toTsType(type: FieldType): string {
    const base = type.kind === 'scalar' ? SCALAR_TYPES[type.name] : type.kind === 'enum' ? `$Enums.${type.name}` : type.kind === 'typeDef' ? type.name : 'unknown';
    return type.array ? `${base}[]` : base;
}

function docComment(lines: readonly string[], indent: string): string {
    return lines.length === 0 ? '' : `${indent}/**\n${lines.map((l) => `${indent} * ${l}`).join('\n')}\n${indent} */\n`;
}
