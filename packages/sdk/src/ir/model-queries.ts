import { getFieldListArg, toPlainValue } from './attribute-values.js';
import type { FieldDef, ModelDef, SchemaDef } from './schema.js';
import { getAttribute, getAttributeArg, getModel } from './schema-queries.js';

/** Abstract models: their fields are already copied into the models that extend them. */
export function abstractModels(schema: SchemaDef): ModelDef[] {
    return schema.models.filter((m) => m.isAbstract);
}

/** `view` blocks. */
export function viewModels(schema: SchemaDef): ModelDef[] {
    return schema.models.filter((m) => m.kind === 'view' && !m.isAbstract);
}

/** The table or view name: `@@map("...")`, else the model name. */
export function getDbName(node: ModelDef | FieldDef): string {
    const mapped = getAttribute(node, 'fields' in node ? '@@map' : '@map');
    const arg = mapped && getAttributeArg(mapped, 'name');
    const name = arg && toPlainValue(arg.value);
    return typeof name === 'string' ? name : node.name;
}

/** Fields of the primary key: `@id`, else the fields of `@@id([...])`. */
export function getIdFields(model: ModelDef): FieldDef[] {
    const own = model.fields.filter((f) => getAttribute(f, '@id'));
    if (own.length > 0) return own;
    const compound = getAttribute(model, '@@id');
    const names = compound ? getFieldListArg(compound, 'fields') : [];
    return model.fields.filter((f) => names.includes(f.name));
}

/** Compound unique constraints (`@@unique([a, b])`) as field-name lists. */
export function getCompoundUniques(model: ModelDef): string[][] {
    return model.attributes.filter((a) => a.name === '@@unique').map((a) => getFieldListArg(a, 'fields'));
}

/** Names of the fields that hold foreign keys: those listed in some `@relation(fields: [...])`. */
export function getForeignKeyFields(model: ModelDef): Set<string> {
    const names = new Set<string>();
    for (const field of model.fields) {
        const relation = getAttribute(field, '@relation');
        if (relation) for (const name of getFieldListArg(relation, 'fields')) names.add(name);
    }
    return names;
}

/** The model a relation field points to, if the schema has it. */
export function getRelatedModel(schema: SchemaDef, field: FieldDef): ModelDef | undefined {
    return field.type.kind === 'model' ? getModel(schema, field.type.name) : undefined;
}
