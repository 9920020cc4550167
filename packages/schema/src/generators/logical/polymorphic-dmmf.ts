import { DELEGATE_AUX_PREFIX } from '../../ir/physical/delegate-aux.js';
import type { PolymorphicView } from './polymorphic-view.js';

/** The parts of Prisma's DMMF (as its schema engine returns it) the logical client's rewrites change. */
export interface Dmmf {
    readonly datamodel: { readonly models: readonly DmmfType[] } & Record<string, unknown>;
    readonly schema: {
        readonly inputObjectTypes: Readonly<Record<string, readonly DmmfType[]>>;
        readonly outputObjectTypes: Readonly<Record<string, readonly DmmfType[]>>;
        readonly enumTypes: Readonly<Record<string, readonly { readonly name: string; readonly values: readonly string[] }[]>>;
    } & Record<string, unknown>;
    readonly mappings: { readonly modelOperations: readonly ModelOperations[] } & Record<string, unknown>;
}

/** A model, input or output type: its fields are all this code reads of them. */
export interface DmmfType {
    readonly name: string;
    readonly fields: readonly DmmfField[];
}

export type DmmfField = { readonly name: string } & Readonly<Record<string, unknown>>;

type ModelOperations = { readonly model: string } & Record<string, string | undefined>;

/** The operations of a base model that create rows: only its concrete models can. */
const BASE_CREATE_OPERATIONS = ['createOne', 'createMany', 'createManyAndReturn', 'upsertOne'];
/** What a nested write of a base model can't do. */
const NESTED_CREATES = new Set(['create', 'connectOrCreate', 'createMany', 'upsert']);

/**
 * The polymorphic view of the logical client, as a change to the DMMF Prisma renders it from:
 * a base model has no create operations (nor nested creates), no discriminator is writable, and
 * the `delegate_aux_*` relations (and their keys) are gone from models, inputs, outputs and enums. Rendering what the
 * client should be is much cheaper than parsing the rendered declarations to remove it; only the
 * payload unions are edited afterwards (see `toPolymorphicPayloads`).
 */
export function toPolymorphicDmmf(dmmf: Dmmf, view: PolymorphicView): Dmmf {
    const visible = (field: { readonly name: string }) => !field.name.startsWith(DELEGATE_AUX_PREFIX);
    const withoutAux = (types: readonly DmmfType[]) => types.map((t) => ({ ...t, fields: t.fields.filter(visible) }));
    const inputField = inputFieldFilter(view);
    const inputs = Object.fromEntries(
        Object.entries(dmmf.schema.inputObjectTypes).map(([namespace, types]) => [namespace, types.map((t) => ({ ...t, fields: t.fields.filter((f) => visible(f) && inputField(t.name, f.name)) }))]),
    );
    const outputs = Object.fromEntries(Object.entries(dmmf.schema.outputObjectTypes).map(([namespace, types]) => [namespace, withoutAux(types)]));
    // the scalar field enums (`distinct`) name the auxiliary relations' keys
    const enums = Object.fromEntries(
        Object.entries(dmmf.schema.enumTypes).map(([namespace, types]) => [namespace, types.map((t) => ({ ...t, values: t.values.filter((v) => !v.startsWith(DELEGATE_AUX_PREFIX)) }))]),
    );
    const modelOperations = dmmf.mappings.modelOperations.map((ops) =>
        view.leavesByBase.has(ops.model) ? Object.fromEntries(Object.entries(ops).filter(([op]) => !BASE_CREATE_OPERATIONS.includes(op))) : ops,
    ) as ModelOperations[];
    return {
        ...dmmf,
        datamodel: { ...dmmf.datamodel, models: withoutAux(dmmf.datamodel.models) },
        schema: { ...dmmf.schema, inputObjectTypes: inputs, outputObjectTypes: outputs, enumTypes: enums },
        mappings: { ...dmmf.mappings, modelOperations },
    };
}

/**
 * Which fields of Prisma's input types stay: `<Model>[Unchecked](Create|Update)...Input` loses
 * the model's discriminators, and the nested-write inputs of a base (`...Nested...Input`) lose
 * their creates.
 */
function inputFieldFilter(view: PolymorphicView): (type: string, field: string) => boolean {
    const models = [...view.discriminatorsByModel.keys()];
    if (models.length === 0) return () => true;
    // model names are identifiers: safe in a pattern, longest first so `PostX` isn't read as `Post`
    const pattern = new RegExp(`^(${models.sort((a, b) => b.length - a.length).join('|')})(Unchecked)?(Create|Update)(\\w*)Input$`);
    const byType = new Map<string, ((field: string) => boolean) | undefined>();
    const filterOf = (type: string) => {
        if (byType.has(type)) return byType.get(type);
        const match = type.match(pattern);
        let filter: ((field: string) => boolean) | undefined;
        if (match) {
            const model = match[1]!;
            const discriminators = view.discriminatorsByModel.get(model)!;
            if (!match[4]!.includes('Nested')) filter = (field) => !discriminators.includes(field);
            else if (view.leavesByBase.has(model)) filter = (field) => !NESTED_CREATES.has(field);
        }
        byType.set(type, filter);
        return filter;
    };
    return (type, field) => filterOf(type)?.(field) ?? true;
}
