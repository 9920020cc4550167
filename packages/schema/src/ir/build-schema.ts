import type {
    AttributeApplication as IRAttribute,
    AttributeDeclDef,
    ConfigBlock,
    ConfigValue,
    EnumDef,
    FieldDef,
    FieldType,
    ModelDef,
    PluginDef,
    ScalarTypeName,
    SchemaDef,
    SourceLocation,
    TypeDefDef,
} from '@zenstackhq/sdk';
import type { AstNode, LangiumDocument } from 'langium';
import {
    isArrayExpr,
    isAttribute,
    isConfigArrayExpr,
    isConfigInvocationExpr,
    isDataModel,
    isDataSource,
    isEnum,
    isGeneratorDecl,
    isLiteralExpr,
    isObjectExpr,
    isPlugin,
    isReferenceExpr,
    isTypeDef,
    type Attribute,
    type ConfigExpr,
    type ConfigField,
    type DataField,
    type DataModel,
    type Enum,
    type Expression,
    type Model,
    type TypeDef,
} from '../language/generated/ast.js';
import { attributeName, getAllAttributes, getAllFields, type AttributeApplication, type FieldContainer } from '../language/ast-utils.js';
import { getDocumentation } from '../language/documentation.js';
import { documentFile, type LoadedWorkspace } from '../language/workspace-loader.js';
import { toIRExpression } from './expression-to-ir.js';

// attributes that describe one model and are not inherited by the models extending it
const NOT_INHERITED = new Set(['@@map', '@@delegate', '@@delegateMap', '@@schema', '@@ignore']);

/**
 * Turns a validated workspace into the plain `SchemaDef` every generator reads: declarations of
 * all files merged, abstract bases flattened into the models that extend them.
 */
export function buildSchema(workspace: LoadedWorkspace): SchemaDef {
    const declarations = workspace.documents.flatMap((doc) => doc.parseResult.value.declarations.map((decl) => ({ decl, doc })));
    const datasourceDecl = declarations.find(({ decl }) => isDataSource(decl));
    if (!datasourceDecl || !isDataSource(datasourceDecl.decl)) throw new Error('buildSchema needs a validated schema with a datasource');
    const datasource = toConfigBlock(datasourceDecl.decl.name, datasourceDecl.decl.fields, datasourceDecl.decl);
    const providerField = datasource.fields.find((f) => f.name === 'provider');
    const provider = providerField?.value.kind === 'literal' ? String(providerField.value.value) : 'unknown';
    const authDecl = workspace.services.typing.ExpressionTyping.authDeclaration(datasourceDecl.decl);

    return {
        provider,
        datasource,
        generators: declarations.flatMap(({ decl }) => (isGeneratorDecl(decl) ? [toConfigBlock(decl.name, decl.fields, decl)] : [])),
        plugins: declarations.flatMap(({ decl }) => (isPlugin(decl) ? [toPlugin(decl.name, decl.fields)] : [])),
        models: declarations.flatMap(({ decl, doc }) => (isDataModel(decl) ? [toModel(decl, doc)] : [])),
        enums: declarations.flatMap(({ decl, doc }) => (isEnum(decl) ? [toEnum(decl, doc)] : [])),
        typeDefs: declarations.flatMap(({ decl, doc }) => (isTypeDef(decl) ? [toTypeDef(decl, doc)] : [])),
        attributeDecls: declarations.flatMap(({ decl }) => (isAttribute(decl) ? [toAttributeDecl(decl)] : [])),
        authType: authDecl?.name,
    };
}

function toModel(model: DataModel, doc: LangiumDocument<Model>): ModelDef {
    const inheritedAttributes = getAllAttributes(model).filter((a) => a.$container !== model && !NOT_INHERITED.has(attributeName(a)));
    return {
        name: model.name,
        kind: model.isView ? 'view' : 'model',
        isAbstract: model.isAbstract,
        baseModels: model.superTypes.flatMap((s) => (s.ref ? [s.ref.name] : [])),
        fields: getAllFields(model).map((f) => toField(f, model)),
        attributes: [
            ...inheritedAttributes.map((a) => ({ ...toAttribute(a), inheritedFrom: (a.$container as DataModel).name })),
            ...model.attributes.map(toAttribute),
        ],
        documentation: getDocumentation(model),
        location: locate(model, doc),
        ...delegateInfo(model),
    };
}

/** Polymorphism facts: a base's discriminator, a sub model's base and stored value. */
function delegateInfo(model: DataModel): Pick<ModelDef, 'discriminator' | 'delegateBase' | 'discriminatorValue'> {
    const delegate = model.attributes.find((a) => attributeName(a) === '@@delegate');
    const discriminatorArg = delegate?.args[0]?.value;
    const base = model.superTypes.map((s) => s.ref).find((b): b is DataModel => isDataModel(b) && b.attributes.some((a) => attributeName(a) === '@@delegate'));
    const mapArg = model.attributes.find((a) => attributeName(a) === '@@delegateMap')?.args[0]?.value;
    const mapped = mapArg ? toIRExpression(mapArg) : undefined;
    const value = mapped?.kind === 'literal' ? String(mapped.value) : mapped?.kind === 'enumValue' ? mapped.name : model.name;
    return {
        ...(discriminatorArg && isReferenceExpr(discriminatorArg) ? { discriminator: discriminatorArg.target.$refText } : {}),
        ...(base ? { delegateBase: base.name, discriminatorValue: value } : {}),
    };
}

function toTypeDef(typeDef: TypeDef, doc: LangiumDocument<Model>): TypeDefDef {
    return {
        name: typeDef.name,
        fields: getAllFields(typeDef).map((f) => toField(f, typeDef)),
        attributes: typeDef.attributes.map(toAttribute),
        documentation: getDocumentation(typeDef),
        location: locate(typeDef, doc),
    };
}

function toEnum(decl: Enum, doc: LangiumDocument<Model>): EnumDef {
    return {
        name: decl.name,
        values: decl.fields.map((f) => ({ name: f.name, attributes: f.attributes.map(toAttribute), documentation: getDocumentation(f) })),
        attributes: decl.attributes.map(toAttribute),
        documentation: getDocumentation(decl),
        location: locate(decl, doc),
    };
}

function toField(field: DataField, owner: FieldContainer): FieldDef {
    const declaring = field.$container;
    const doc = declaring.$document as LangiumDocument<Model> | undefined;
    return {
        name: field.name,
        type: toFieldType(field),
        attributes: field.attributes.map(toAttribute),
        documentation: getDocumentation(field),
        ...(declaring !== owner ? { inheritedFrom: declaring.name } : {}),
        ...(doc ? { location: locate(field, doc) } : {}),
    };
}

function toFieldType(field: DataField): FieldType {
    const { type, reference, unsupported, array, optional } = field.type;
    if (type) return { kind: 'scalar', name: type as ScalarTypeName, array, optional };
    if (unsupported) return { kind: 'unsupported', name: String(unsupported.value.value), array, optional };
    const decl = reference?.ref;
    const name = reference?.$refText ?? '';
    if (isDataModel(decl)) return { kind: 'model', name, array, optional };
    if (isTypeDef(decl)) return { kind: 'typeDef', name, array, optional };
    return { kind: 'enum', name, array, optional };
}

function toAttribute(attr: AttributeApplication): IRAttribute {
    const decl = attr.decl.ref;
    // unnamed arguments carry the parameter they bind to, so plugins can ask for `@length`'s `max`
    const positional = decl?.params.filter((p) => p.positional) ?? [];
    let position = 0;
    return {
        name: attributeName(attr),
        args: attr.args.map((a) => {
            const param = a.name ? undefined : positional[position++]?.name;
            return { ...(a.name ? { name: a.name } : {}), value: toIRExpression(a.value), ...(param ? { param } : {}) };
        }),
        isPrisma: decl?.attributes.some((a) => attributeName(a) === '@@@prisma') ?? false,
    };
}

function toConfigBlock(name: string, fields: readonly ConfigField[], node: AstNode): ConfigBlock {
    return { name, fields: fields.map((f) => ({ name: f.name, value: toConfigValue(f.value) })), documentation: getDocumentation(node) };
}

function toConfigValue(value: ConfigExpr): ConfigValue {
    if (isConfigArrayExpr(value)) return { kind: 'array', items: value.items.map(toConfigValue) };
    if (isConfigInvocationExpr(value)) {
        return {
            kind: 'call',
            name: value.name,
            args: value.args.map((a) => ({ ...(a.name ? { name: a.name } : {}), value: a.value.value })),
            hasParens: value.$cstNode?.text.includes('(') ?? false,
        };
    }
    return { kind: 'literal', value: value.value };
}

function toPlugin(name: string, fields: readonly { name: string; value: Expression }[]): PluginDef {
    const options: Record<string, unknown> = {};
    for (const f of fields) options[f.name] = toPlainValue(f.value);
    return { name, provider: String(options.provider ?? ''), options };
}

function toPlainValue(expr: Expression): unknown {
    if (isLiteralExpr(expr)) return expr.value;
    if (isArrayExpr(expr)) return expr.items.map(toPlainValue);
    if (isObjectExpr(expr)) return Object.fromEntries(expr.fields.map((f) => [f.name, toPlainValue(f.value)]));
    return undefined;
}

function toAttributeDecl(decl: Attribute): AttributeDeclDef {
    return {
        name: decl.name,
        params: decl.params.map((p) => ({
            name: p.name,
            type: p.type.type ?? p.type.reference?.$refText ?? 'Any',
            array: p.type.array,
            optional: p.type.optional,
            positional: p.positional,
        })),
    };
}

function locate(node: AstNode, doc: LangiumDocument): SourceLocation {
    const start = node.$cstNode?.range.start;
    return { file: documentFile(doc), line: (start?.line ?? 0) + 1, column: (start?.character ?? 0) + 1 };
}
