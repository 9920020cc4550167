import {
    getAttribute,
    getAttributeArg,
    type AttributeApplication,
    type Expression,
    type FieldDef,
    type FieldInfo,
    type FieldKind,
    type ModelDef,
    type ModelInfo,
    type ModelMeta,
    type RelationInfo,
    type SchemaDef,
    type TypeDefDef,
    type TypeDefFieldInfo,
    type TypeDefInfo,
} from '@zenstackhq/sdk';
import { buildModelPolicy } from '../policy/build-model-policy.js';

/** Derives the runtime's `ModelMeta` from the IR; pure, so it is cheap to test. */
export function buildModelMeta(schema: SchemaDef): ModelMeta {
    const models = schema.models.filter((m) => !m.isAbstract);
    return {
        provider: schema.provider,
        models: Object.fromEntries(models.map((m) => [m.name, toModelInfo(m, models)])),
        enums: Object.fromEntries(schema.enums.map((e) => [e.name, e.values.map((v) => v.name)])),
        ...(schema.authType ? { authModel: schema.authType } : {}),
        ...(schema.typeDefs.length > 0 ? { typeDefs: Object.fromEntries(schema.typeDefs.map((t) => [t.name, toTypeDefInfo(t)])) } : {}),
    };
}

function toTypeDefInfo(typeDef: TypeDefDef): TypeDefInfo {
    const fields = typeDef.fields.map((f): TypeDefFieldInfo => ({
        name: f.name,
        type: f.type.name,
        kind: KIND[f.type.kind],
        isList: f.type.array,
        isOptional: f.type.optional,
        attributes: f.attributes.filter((a) => !a.isPrisma).map(toAttributeInfo),
    }));
    return { name: typeDef.name, fields: Object.fromEntries(fields.map((f) => [f.name, f])) };
}

function toModelInfo(model: ModelDef, models: readonly ModelDef[]): ModelInfo {
    const compoundId = getAttribute(model, '@@id');
    const idFields = compoundId ? fieldList(compoundId) : model.fields.filter((f) => getAttribute(f, '@id')).map((f) => f.name);
    const dbName = stringArg(getAttribute(model, '@@map'), 'name');
    return {
        name: model.name,
        ...(dbName ? { dbName } : {}),
        fields: Object.fromEntries(model.fields.map((f) => [f.name, toFieldInfo(f, model, models)])),
        idFields,
        uniqueConstraints: uniqueConstraints(model, idFields),
        attributes: model.attributes.map(toAttributeInfo),
        policy: buildModelPolicy(model),
        ...(model.kind === 'view' ? { isView: true } : {}),
        ...(model.delegateBase ? { baseModel: model.delegateBase, discriminatorValue: model.discriminatorValue } : {}),
        ...(model.discriminator
            ? { discriminator: model.discriminator, subModels: models.filter((m) => m.delegateBase === model.name).map((m) => m.name) }
            : {}),
    };
}

function uniqueConstraints(model: ModelDef, idFields: readonly string[]): ModelInfo['uniqueConstraints'] {
    const result: Record<string, { name: string; fields: readonly string[] }> = {};
    const add = (fields: readonly string[], explicitName?: string) => {
        const name = explicitName ?? fields.join('_');
        result[name] = { name, fields };
    };
    if (idFields.length > 0) add(idFields, stringArg(getAttribute(model, '@@id'), 'name'));
    for (const field of model.fields) {
        if (getAttribute(field, '@unique')) add([field.name]);
    }
    for (const attr of model.attributes.filter((a) => a.name === '@@unique')) add(fieldList(attr), stringArg(attr, 'name', -1));
    return result;
}

function toFieldInfo(field: FieldDef, model: ModelDef, models: readonly ModelDef[]): FieldInfo {
    const defaultAttr = getAttribute(field, '@default');
    const defaultValue = defaultAttr ? getAttributeArg(defaultAttr, 'value')?.value : undefined;
    const relation = field.type.kind === 'model' ? relationInfo(field, model, models) : undefined;
    return {
        name: field.name,
        type: field.type.name,
        kind: KIND[field.type.kind],
        isList: field.type.array,
        isOptional: field.type.optional,
        ...(getAttribute(field, '@id') ? { isId: true } : {}),
        ...(getAttribute(field, '@unique') ? { isUnique: true } : {}),
        ...(getAttribute(field, '@updatedAt') ? { isUpdatedAt: true } : {}),
        ...(defaultAttr ? { hasDefault: true } : {}),
        ...(defaultValue && isRuntimeDefault(defaultValue) ? { defaultValue } : {}),
        ...(relation ? { relation } : {}),
        ...(field.inheritedFrom ? { inheritedFrom: field.inheritedFrom } : {}),
        attributes: field.attributes.filter((a) => !a.isPrisma).map(toAttributeInfo),
    };
}

const KIND: Record<FieldDef['type']['kind'], FieldKind> = {
    scalar: 'scalar',
    enum: 'enum',
    model: 'object',
    typeDef: 'typeDef',
    unsupported: 'unsupported',
};

// defaults the database cannot compute, such as `auth().id`, are evaluated by the runtime
function isRuntimeDefault(expr: Expression): boolean {
    if (expr.kind === 'call') return expr.function === 'auth';
    if (expr.kind === 'member') return isRuntimeDefault(expr.operand);
    return false;
}

function relationInfo(field: FieldDef, model: ModelDef, models: readonly ModelDef[]): RelationInfo {
    const attr = getAttribute(field, '@relation');
    const name = stringArg(attr, 'name');
    const fields = attr ? fieldListArg(attr, 'fields') : undefined;
    const references = attr ? fieldListArg(attr, 'references') : undefined;
    const onDelete = attr ? enumArg(attr, 'onDelete') : undefined;
    const onUpdate = attr ? enumArg(attr, 'onUpdate') : undefined;
    const target = models.find((m) => m.name === field.type.name);
    const opposite = target?.fields.find(
        (f) =>
            f.type.kind === 'model' &&
            f.type.name === model.name &&
            !(target === model && f.name === field.name) &&
            stringArg(getAttribute(f, '@relation'), 'name') === name,
    );
    return {
        ...(name ? { name } : {}),
        ...(opposite ? { opposite: opposite.name } : {}),
        ...(fields ? { fields } : {}),
        ...(references ? { references } : {}),
        ...(onDelete ? { onDelete } : {}),
        ...(onUpdate ? { onUpdate } : {}),
    };
}

function toAttributeInfo(attr: AttributeApplication) {
    return { name: attr.name, args: attr.args };
}

function fieldList(attr: AttributeApplication): string[] {
    return fieldListArg(attr, 'fields') ?? [];
}

function fieldListArg(attr: AttributeApplication, name: string): string[] | undefined {
    const value = attr.args.find((a) => a.name === name)?.value ?? (name === 'fields' && attr.name !== '@relation' ? attr.args.find((a) => !a.name)?.value : undefined);
    if (!value) return undefined;
    const items = value.kind === 'array' ? value.items : [value];
    return items.flatMap((i) => (i.kind === 'field' ? [i.name] : []));
}

/** A string argument by name, or the first unnamed one unless `position` is -1. */
function stringArg(attr: AttributeApplication | undefined, name: string, position = 0): string | undefined {
    if (!attr) return undefined;
    const arg = position < 0 ? attr.args.find((a) => a.name === name) : getAttributeArg(attr, name, position);
    return arg?.value.kind === 'literal' && typeof arg.value.value === 'string' ? arg.value.value : undefined;
}

function enumArg(attr: AttributeApplication, name: string): string | undefined {
    const value = attr.args.find((a) => a.name === name)?.value;
    return value?.kind === 'enumValue' ? value.name : undefined;
}
