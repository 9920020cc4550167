import type { AttributeApplication, AttributeArgument, FieldDef, ModelDef, SchemaDef } from './schema.js';

export function getAttribute(node: { readonly attributes: readonly AttributeApplication[] }, name: string): AttributeApplication | undefined {
    return node.attributes.find((a) => a.name === name);
}

export function hasAttribute(node: { readonly attributes: readonly AttributeApplication[] }, name: string): boolean {
    return node.attributes.some((a) => a.name === name);
}

/**
 * The argument bound to a parameter: by name, else the unnamed one the compiler bound to it,
 * else the unnamed one at `position` (for hand-built IR without `param`).
 */
export function getAttributeArg(attr: AttributeApplication, name: string, position = 0): AttributeArgument | undefined {
    return attr.args.find((a) => a.name === name) ?? attr.args.find((a) => a.param === name) ?? attr.args.filter((a) => !a.name)[position];
}

export function getModel(schema: SchemaDef, name: string): ModelDef | undefined {
    return schema.models.find((m) => m.name === name);
}

export function getField(model: ModelDef, name: string): FieldDef | undefined {
    return model.fields.find((f) => f.name === name);
}

/** Models that become tables or views: everything but abstract models. */
export function concreteModels(schema: SchemaDef): ModelDef[] {
    return schema.models.filter((m) => !m.isAbstract);
}

export function isRelationField(field: FieldDef): boolean {
    return field.type.kind === 'model';
}
