import type { FieldDef, ModelDef, SchemaDef } from './schema.js';
import { getField, getModel } from './schema-queries.js';

/** A polymorphic base: `@@delegate(field)` names the field that stores each row's concrete model. */
export function isDelegateModel(model: ModelDef): boolean {
    return model.discriminator !== undefined;
}

/** The delegate base a model extends directly, if any. */
export function getDelegateBase(schema: SchemaDef, model: ModelDef): ModelDef | undefined {
    return model.delegateBase ? getModel(schema, model.delegateBase) : undefined;
}

/** The models that extend a delegate base directly, in declaration order. */
export function getSubModels(schema: SchemaDef, base: ModelDef): ModelDef[] {
    return schema.models.filter((m) => m.delegateBase === base.name);
}

/** Delegate bases that extend no other delegate: the roots of the polymorphic hierarchies. */
export function getDelegateRoots(schema: SchemaDef): ModelDef[] {
    return schema.models.filter((m) => isDelegateModel(m) && !m.delegateBase);
}

/** The discriminator field of a delegate base. */
export function getDiscriminatorField(model: ModelDef): FieldDef | undefined {
    return model.discriminator ? getField(model, model.discriminator) : undefined;
}

/** Whether a sub model's field lives in its delegate base (declared there or above it), rather than in its own table. */
export function isDelegateInherited(schema: SchemaDef, model: ModelDef, field: FieldDef): boolean {
    const base = getDelegateBase(schema, model);
    return base !== undefined && getField(base, field.name) !== undefined;
}
