import type { FieldInfo, ModelMeta, TypeDefFieldInfo } from '@zenstackhq/sdk';
import { isPlainObject, type Plain } from '../delegate/rewrite/paths.js';
import { withSubModels } from '../model-meta/result-rows.js';

type TypedField = Pick<FieldInfo, 'type' | 'kind' | 'isList'>;

/** Whether a `type` has a DateTime field, directly or in a nested `type`. */
export function typeDefHasDates(meta: ModelMeta, typeDef: string, seen: ReadonlySet<string> = new Set()): boolean {
    if (seen.has(typeDef)) return false;
    const fields = Object.values(meta.typeDefs?.[typeDef]?.fields ?? {});
    return fields.some((f) => (f.kind === 'scalar' && f.type === 'DateTime') || (f.kind === 'typeDef' && typeDefHasDates(meta, f.type, new Set([...seen, typeDef]))));
}

/** The typed JSON fields of a model (and of the models below it) whose JSON holds dates. */
export function datedJsonFields(meta: ModelMeta, model: string): FieldInfo[] {
    return withSubModels(meta, model)
        .flatMap((m) => Object.values(meta.models[m]!.fields))
        .filter((f) => f.kind === 'typeDef' && typeDefHasDates(meta, f.type));
}

/**
 * The JSON value of a typed field with its DateTime fields as `Date`s: the database stores the
 * ISO strings `JSON.stringify` wrote. Returns a new value; anything that does not fit the type
 * (or is not a valid date) is kept as it is.
 */
export function reviveJsonDates(meta: ModelMeta, field: TypedField, value: unknown): unknown {
    if (field.isList && Array.isArray(value)) return value.map((item) => reviveJsonDates(meta, { ...field, isList: false }, item));
    if (field.kind === 'scalar' && field.type === 'DateTime') return toDate(value);
    if (field.kind !== 'typeDef' || !isPlainObject(value)) return value;
    const fields = meta.typeDefs?.[field.type]?.fields ?? {};
    const result: Plain = { ...value };
    for (const [key, inner] of Object.entries(value)) {
        const def: TypeDefFieldInfo | undefined = fields[key];
        if (def && inner != null) result[key] = reviveJsonDates(meta, def, inner);
    }
    return result;
}

function toDate(value: unknown): unknown {
    if (typeof value !== 'string') return value;
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? value : date;
}
