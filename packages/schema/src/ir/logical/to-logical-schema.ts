import { upperCaseFirst, type AttributeApplication, type Expression, type FieldDef, type ModelDef, type SchemaDef } from '@zenstackhq/sdk';
import { DELEGATE_AUX_PREFIX } from '../physical/delegate-aux.js';
import { idFieldNames } from '../physical/to-physical-schema.js';

/** A relation field a sub model inherits from a delegate base (`declaring` declares it). */
export interface InheritedRelation {
    readonly model: string;
    readonly field: string;
    readonly declaring: string;
}

/**
 * The logical schema: every model with all the fields it inherits, as users see them. Prisma
 * generates the client types from it. A relation a sub model inherits from its base needs an
 * opposite field in the related model for Prisma to accept it; those are added as
 * `delegate_aux_*` fields, which the type post-processing removes again.
 *
 * `leaveOut` instead leaves those inherited relations out (and with them the opposite fields,
 * which make Prisma's DMMF grow with the square of a related model's relations) and says which
 * they were, for the client types to take them from the declaring model's (see
 * `withInheritedRelations`).
 */
export function toLogicalSchema(schema: SchemaDef, leaveOut?: (relation: InheritedRelation) => void): SchemaDef {
    const models = schema.models.filter((m) => !m.isAbstract);
    const byName = new Map(models.map((m) => [m.name, m]));
    const isDelegate = (name?: string) => Boolean(name && byName.get(name)?.discriminator);
    const addedFields = new Map<string, FieldDef[]>();
    const renamed = new Map<string, Map<string, FieldDef>>();
    const leftOut = new Set<FieldDef>();

    for (const model of models) {
        for (const field of model.fields) {
            if (field.type.kind !== 'model' || !isDelegate(field.inheritedFrom)) continue;
            const declaring = byName.get(field.inheritedFrom!)!;
            const related = byName.get(field.type.name);
            const opposite = related && findOpposite(related, field, declaring.name);
            if (!related || !opposite) continue;
            if (leaveOut) {
                leaveOut({ model: model.name, field: field.name, declaring: declaring.name });
                leftOut.add(field);
                continue;
            }
            const relationName = `${DELEGATE_AUX_PREFIX}${related.name}_${opposite.name}_${model.name}`;
            const named = withRelationName(field, relationName);
            renamed.set(model.name, (renamed.get(model.name) ?? new Map()).set(field.name, named));
            const aux = auxOpposite(relationName, model, opposite, relationName, !field.type.array);
            addedFields.set(related.name, [...(addedFields.get(related.name) ?? []), ...aux]);
        }
    }

    return {
        ...schema,
        models: models.map((m) => ({
            ...m,
            fields: [...m.fields.filter((f) => !leftOut.has(f)).map((f) => renamed.get(m.name)?.get(f.name) ?? f), ...(addedFields.get(m.name) ?? [])],
        })),
    };
}

function relationNameOf(field: FieldDef): string | undefined {
    const attr = field.attributes.find((a) => a.name === '@relation');
    const arg = attr?.args.find((a) => a.name === 'name') ?? attr?.args.find((a) => !a.name);
    return arg?.value.kind === 'literal' ? String(arg.value.value) : undefined;
}

function findOpposite(related: ModelDef, field: FieldDef, declaringModel: string): FieldDef | undefined {
    const name = relationNameOf(field);
    return related.fields.find((f) => f.type.kind === 'model' && f.type.name === declaringModel && relationNameOf(f) === name && f !== field);
}

/** Names an unnamed relation; a relation the user named keeps its name. */
function withRelationName(field: FieldDef, name: string): FieldDef {
    if (relationNameOf(field)) return field;
    const attr = field.attributes.find((a) => a.name === '@relation');
    const nameArg = { value: { kind: 'literal', value: name } as Expression };
    const relation: AttributeApplication = attr ? { ...attr, args: [nameArg, ...attr.args] } : { name: '@relation', isPrisma: true, args: [nameArg] };
    return { ...field, attributes: [...field.attributes.filter((a) => a !== attr), relation] };
}

/** The opposite side, in the related model, of a relation a sub model inherited. */
function auxOpposite(fieldName: string, subModel: ModelDef, opposite: FieldDef, relationName: string, oneToOne: boolean): FieldDef[] {
    const userNamed = relationNameOf(opposite);
    const name = userNamed ?? relationName;
    const relation = opposite.attributes.find((a) => a.name === '@relation');
    const ownsForeignKey = relation?.args.some((a) => a.name === 'fields');
    const type = { kind: 'model' as const, name: subModel.name, array: opposite.type.array, optional: !opposite.type.array };
    if (!ownsForeignKey) {
        return [{ name: fieldName, type, attributes: [{ name: '@relation', isPrisma: true, args: [{ value: { kind: 'literal', value: name } }] }], documentation: [] }];
    }
    const ids = idFieldNames(subModel);
    const fkFields: FieldDef[] = ids.map((id) => {
        const idField = subModel.fields.find((f) => f.name === id)!;
        // a one-to-one relation needs a unique foreign key
        const attributes: AttributeApplication[] = oneToOne && ids.length === 1 ? [{ name: '@unique', isPrisma: true, args: [] }] : [];
        return { name: `${fieldName}${upperCaseFirst(id)}`, type: { ...idField.type, optional: true }, attributes, documentation: [] };
    });
    const list = (names: string[]): Expression => ({ kind: 'array', items: names.map((n) => ({ kind: 'field', name: n })) });
    const attr: AttributeApplication = {
        name: '@relation',
        isPrisma: true,
        args: [
            { value: { kind: 'literal', value: name } },
            { name: 'fields', value: list(fkFields.map((f) => f.name)) },
            { name: 'references', value: list(ids) },
        ],
    };
    return [...fkFields, { name: fieldName, type, attributes: [attr], documentation: [] }];
}
