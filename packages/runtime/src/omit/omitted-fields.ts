import type { ModelMeta } from '@zenstackhq/sdk';
import { withSubModels } from '../model-meta/result-rows.js';

/** Whether a field carries `@omit`: the enhanced client leaves it out unless asked for. */
export function isOmittedField(meta: ModelMeta, model: string, field: string): boolean {
    return Boolean(meta.models[model]?.fields[field]?.attributes.some((a) => a.name === '@omit'));
}

/** The `@omit` fields of a model, its inherited ones included. */
export function omittedFields(meta: ModelMeta, model: string): string[] {
    return Object.keys(meta.models[model]?.fields ?? {}).filter((f) => isOmittedField(meta, model, f));
}

/**
 * `@omit` fields that only the models below a polymorphic base have: a read of the base
 * returns them merged into its rows, and the caller cannot name them in the base's `omit`.
 */
export function subModelOmittedFields(meta: ModelMeta, model: string): string[] {
    const own = meta.models[model]?.fields ?? {};
    const below = withSubModels(meta, model).slice(1);
    return [...new Set(below.flatMap((sub) => omittedFields(meta, sub)))].filter((f) => !(f in own));
}
