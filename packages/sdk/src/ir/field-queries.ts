import { getAttributeArgValue, getFieldListArg } from './attribute-values.js';
import type { FieldDef, ModelDef } from './schema.js';
import { getAttribute, hasAttribute } from './schema-queries.js';

/** Fields that hold a value in the row: scalars, enums, typed JSON and `Unsupported(...)`. */
export function isScalarField(field: FieldDef): boolean {
    return field.type.kind !== 'model';
}

export function isListField(field: FieldDef): boolean {
    return field.type.array;
}

export function isOptionalField(field: FieldDef): boolean {
    return field.type.optional;
}

/** Part of the primary key, through `@id` or the model's `@@id([...])`. */
export function isIdField(model: ModelDef, field: FieldDef): boolean {
    if (hasAttribute(field, '@id')) return true;
    const compound = getAttribute(model, '@@id');
    return compound !== undefined && getFieldListArg(compound, 'fields').includes(field.name);
}

/** Unique on its own: `@unique`, or a `@@unique([field])` of one field. */
export function isUniqueField(model: ModelDef, field: FieldDef): boolean {
    if (hasAttribute(field, '@unique')) return true;
    return model.attributes.some((a) => a.name === '@@unique' && getFieldListArg(a, 'fields').join() === field.name);
}

/** The name in `@relation("name")` or `@relation(name: "name")`, which pairs the two sides. */
export function getRelationName(field: FieldDef): string | undefined {
    const relation = getAttribute(field, '@relation');
    const name = relation && getAttributeArgValue(relation, 'name');
    return typeof name === 'string' ? name : undefined;
}

/** The foreign-key fields of the owning side of a relation (`@relation(fields: [...])`); empty on the other side. */
export function getRelationFields(field: FieldDef): string[] {
    const relation = getAttribute(field, '@relation');
    return relation ? getFieldListArg(relation, 'fields') : [];
}

/** The field on the other model that pairs with a relation field: same relation name, pointing back. */
export function getOppositeField(field: FieldDef, owner: ModelDef, related: ModelDef): FieldDef | undefined {
    const name = getRelationName(field);
    return related.fields.find(
        (f) => f !== field && f.type.kind === 'model' && pointsTo(f, owner) && getRelationName(f) === name,
    );
}

// a relation declared on a base that the owner extends also points at the owner
function pointsTo(field: FieldDef, model: ModelDef): boolean {
    return field.type.name === model.name || model.baseModels.includes(field.type.name) || field.type.name === model.delegateBase;
}
