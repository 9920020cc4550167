import type { AttributeApplication, Expression, FieldDef, ModelDef, SchemaDef } from '@zenstackhq/sdk';
import { auxFieldToBase, auxFieldToSub, auxRelationName } from './delegate-aux.js';
import { withRelationJoins } from './relation-joins.js';

/**
 * The physical schema: table-per-type for polymorphic hierarchies, as ZenStack v2 lays it out.
 * A base keeps all its columns (the discriminator included); each sub model keeps its own
 * columns plus the base's id, which is also a foreign key to the base row (cascading), and
 * the two are linked by `delegate_aux_*` relations. Models outside hierarchies are unchanged.
 */
export function toPhysicalSchema(schema: SchemaDef): SchemaDef {
    return withRelationJoins({ ...schema, models: schema.models.map((m) => toPhysicalModel(m, schema.models)) });
}

function toPhysicalModel(model: ModelDef, models: readonly ModelDef[]): ModelDef {
    const subModels = model.discriminator ? models.filter((m) => m.delegateBase === model.name) : [];
    if (!model.delegateBase && subModels.length === 0) return model;

    const base = model.delegateBase ? models.find((m) => m.name === model.delegateBase) : undefined;
    const idFields = base ? idFieldNames(base) : [];
    // whatever the base has (its abstract mixins included) lives in the base's table
    const baseColumns = new Set(base?.fields.map((f) => f.name) ?? []);
    const fields: FieldDef[] = [];
    for (const field of model.fields) {
        if (!baseColumns.has(field.name)) fields.push(field);
        // the base's id columns are the sub model's primary key too, minus how they're generated
        else if (idFields.includes(field.name)) fields.push({ ...field, attributes: field.attributes.filter((a) => a.name !== '@default') });
    }
    if (base) fields.push(auxRelationToBase(base.name, model.name, idFields));
    for (const sub of subModels) fields.push(auxBackRelation(model.name, sub.name));

    // attributes that came with the base (from it or its own mixins) describe the base's table
    const baseLineage = base ? lineage(base, models) : new Set<string>();
    const attributes = model.attributes.filter((a) => !a.inheritedFrom || !baseLineage.has(a.inheritedFrom) || a.name === '@@id');
    return { ...model, fields, attributes };
}

function auxRelationToBase(baseName: string, subName: string, idFields: readonly string[]): FieldDef {
    const fieldList: Expression = { kind: 'array', items: idFields.map((name) => ({ kind: 'field', name })) };
    const cascade: Expression = { kind: 'enumValue', enum: 'ReferentialAction', name: 'Cascade' };
    const relation: AttributeApplication = {
        name: '@relation',
        isPrisma: true,
        args: [
            { value: { kind: 'literal', value: auxRelationName(baseName, subName) } },
            { name: 'fields', value: fieldList },
            { name: 'references', value: fieldList },
            { name: 'onDelete', value: cascade },
            { name: 'onUpdate', value: cascade },
        ],
    };
    return { name: auxFieldToBase(baseName), type: { kind: 'model', name: baseName, array: false, optional: false }, attributes: [relation], documentation: [] };
}

function auxBackRelation(baseName: string, subName: string): FieldDef {
    const relation: AttributeApplication = { name: '@relation', isPrisma: true, args: [{ value: { kind: 'literal', value: auxRelationName(baseName, subName) } }] };
    return { name: auxFieldToSub(subName), type: { kind: 'model', name: subName, array: false, optional: true }, attributes: [relation], documentation: [] };
}

/** A model and everything it extends, transitively. */
function lineage(model: ModelDef, models: readonly ModelDef[]): Set<string> {
    const names = new Set<string>([model.name]);
    const pending = [...model.baseModels];
    while (pending.length > 0) {
        const name = pending.pop()!;
        if (names.has(name)) continue;
        names.add(name);
        pending.push(...(models.find((m) => m.name === name)?.baseModels ?? []));
    }
    return names;
}

/** `@id` fields, or the fields of `@@id([...])`. */
export function idFieldNames(model: ModelDef): string[] {
    const compound = model.attributes.find((a) => a.name === '@@id');
    if (compound) {
        const value = compound.args.find((a) => !a.name || a.name === 'fields')?.value;
        const items = value?.kind === 'array' ? value.items : value ? [value] : [];
        return items.flatMap((i) => (i.kind === 'field' ? [i.name] : []));
    }
    return model.fields.filter((f) => f.attributes.some((a) => a.name === '@id')).map((f) => f.name);
}
