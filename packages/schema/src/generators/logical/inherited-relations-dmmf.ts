import { upperCaseFirst } from '@zenstackhq/sdk';
import type { InheritedRelation } from '../../ir/logical/to-logical-schema.js';
import type { Dmmf, DmmfField, DmmfType } from './polymorphic-dmmf.js';

/** The input types that carry a model's relation fields, by the suffix after the model's name. */
const RELATION_INPUTS = ['WhereInput', 'WhereUniqueInput', 'OrderByWithRelationInput', 'CreateInput', 'UncheckedCreateInput', 'UpdateInput', 'UncheckedUpdateInput'];
/** The checked write inputs: a relation stands for its foreign key there (and a bulk update changes neither). */
const CHECKED_WRITES = new Set(['CreateInput', 'UpdateInput', 'UpdateManyMutationInput']);
/** The outputs of `createManyAndReturn`/`updateManyAndReturn` (model types too), which include to-one relations. */
const AND_RETURN_OUTPUTS = [(model: string) => `CreateMany${model}AndReturnOutputType`, (model: string) => `UpdateMany${model}AndReturnOutputType`];

/**
 * Puts the relations sub models inherit back into a DMMF of the logical schema rendered without
 * them (see `toLogicalSchema`): each takes the field the declaring model has in its model,
 * output and input types, so `item.owner` of a concrete model reads, filters, orders and writes
 * as it does on the base. (The relation's nested inputs are the base's: creating the owner of a
 * concrete item is creating it without the base's back relation.) A to-one relation's foreign
 * key leaves the checked write inputs, where the relation stands for it, as Prisma does.
 */
export function withInheritedRelations(dmmf: Dmmf, relations: readonly InheritedRelation[]): Dmmf {
    if (relations.length === 0) return dmmf;
    const byModel = new Map<string, InheritedRelation[]>();
    for (const r of relations) byModel.set(r.model, [...(byModel.get(r.model) ?? []), r]);

    const models = new Map(dmmf.datamodel.models.map((m) => [m.name, m]));
    const outputs = new Map(dmmf.schema.outputObjectTypes.model!.map((t) => [t.name, t]));
    const prismaOutputs = new Map(dmmf.schema.outputObjectTypes.prisma!.map((t) => [t.name, t]));
    const inputs = new Map(dmmf.schema.inputObjectTypes.prisma!.map((t) => [t.name, t]));
    const field = (type: DmmfType | undefined, name: string) => type?.fields.find((f) => f.name === name);
    const added = { models: new Map<string, DmmfField[]>(), outputs: new Map<string, DmmfField[]>(), inputs: new Map<string, DmmfField[]>(), counts: new Map<string, DmmfField[]>() };
    const dropped = new Map<string, Set<string>>();
    const add = (into: Map<string, DmmfField[]>, type: string, f: DmmfField | undefined) => f && into.set(type, [...(into.get(type) ?? []), f]);

    for (const [model, inherited] of byModel) {
        // inputs of the concrete model's own relations (`Item0ACreateWithoutFilesInput`) take the base's plain inputs' fields
        const ownRelations = (models.get(model)?.fields ?? []).filter((f) => f.kind === 'object').map((f) => upperCaseFirst(f.name));
        const inputPairs: [string, string][] = RELATION_INPUTS.map((suffix) => [suffix, suffix]);
        for (const relation of ownRelations) {
            for (const kind of ['Create', 'UncheckedCreate', 'Update', 'UncheckedUpdate']) inputPairs.push([`${kind}Without${relation}Input`, `${kind}Input`]);
        }
        for (const { field: name, declaring } of inherited) {
            const declared = field(models.get(declaring), name);
            add(added.models, model, declared);
            add(added.outputs, model, field(outputs.get(declaring), name));
            if (declared?.isList) add(added.counts, model, field(prismaOutputs.get(`${declaring}CountOutputType`), name));
            else for (const output of AND_RETURN_OUTPUTS) add(added.outputs, output(model), field(outputs.get(output(declaring)), name));
            const keys = (declared?.relationFromFields as string[] | undefined) ?? [];
            for (const [suffix, baseSuffix] of [...inputPairs, ['UpdateManyMutationInput', 'UpdateManyMutationInput']]) {
                if (!inputs.has(`${model}${suffix}`)) continue;
                add(added.inputs, `${model}${suffix}`, field(inputs.get(`${declaring}${baseSuffix}`), name));
                const checked = CHECKED_WRITES.has(suffix.replace(/Without\w+Input$/, 'Input'));
                if (checked && keys.length > 0) dropped.set(`${model}${suffix}`, new Set([...(dropped.get(`${model}${suffix}`) ?? []), ...keys]));
            }
        }
    }

    const merge = (types: readonly DmmfType[], extra: Map<string, DmmfField[]>, without = new Map<string, Set<string>>()) =>
        types.map((t) => (extra.has(t.name) || without.has(t.name) ? { ...t, fields: [...t.fields.filter((f) => !without.get(t.name)?.has(f.name)), ...(extra.get(t.name) ?? [])] } : t));
    const { models: modelOutputs, counts } = countOutputs(dmmf, added.counts, outputs, prismaOutputs);
    return {
        ...dmmf,
        datamodel: { ...dmmf.datamodel, models: merge(dmmf.datamodel.models, added.models) },
        schema: {
            ...dmmf.schema,
            inputObjectTypes: { ...dmmf.schema.inputObjectTypes, prisma: merge(dmmf.schema.inputObjectTypes.prisma!, added.inputs, dropped) },
            outputObjectTypes: { ...dmmf.schema.outputObjectTypes, model: merge(merge(dmmf.schema.outputObjectTypes.model!, added.outputs), modelOutputs), prisma: counts },
        },
    };
}

/**
 * `_count` of the inherited to-many relations: added to the concrete model's `<Model>CountOutputType`,
 * which is created (with the `_count` field pointing to it) when the model has no to-many relation of its own.
 */
function countOutputs(dmmf: Dmmf, extra: Map<string, DmmfField[]>, outputs: Map<string, DmmfType>, prismaOutputs: Map<string, DmmfType>) {
    const modelOutputs = new Map<string, DmmfField[]>();
    const created: DmmfType[] = [];
    const fields = new Map<string, DmmfField[]>();
    for (const [model, counted] of extra) {
        const name = `${model}CountOutputType`;
        if (prismaOutputs.has(name)) {
            fields.set(name, counted);
            continue;
        }
        created.push({ name, fields: counted });
        const count = outputs.get(model)?.fields.find((f) => f.name === '_count');
        if (!count) modelOutputs.set(model, [{ name: '_count', args: [], isNullable: false, outputType: { type: name, namespace: 'prisma', location: 'outputObjectTypes', isList: false } }]);
    }
    const counts = [...dmmf.schema.outputObjectTypes.prisma!.map((t) => (fields.has(t.name) ? { ...t, fields: [...t.fields, ...fields.get(t.name)!] } : t)), ...created];
    return { models: modelOutputs, counts };
}
