import type { Plain } from '../delegate/rewrite/paths.js';
import { mapResultRows, modelsReaching } from '../model-meta/result-rows.js';
import type { Enhancement, EnhancementEnv } from '../pipeline/enhancement.js';
import { returnsRows } from '../prisma/prisma-operations.js';
import { withDefaultOmits } from './default-omit.js';
import { omittedFields, subModelOmittedFields } from './omitted-fields.js';

/**
 * `@omit` fields are left out of every row the enhanced client returns (reads, nested
 * include/select, the fluent API, write results) unless the caller selects them or sets
 * `omit: { field: false }`. Absent when the schema has no `@omit` field.
 */
export function createOmitEnhancement(env: EnhancementEnv): Enhancement | undefined {
    const meta = env.modelMeta;
    const reaching = modelsReaching(meta, (model) => omittedFields(meta, model).length > 0);
    if (reaching.size === 0) return undefined;
    // a polymorphic base's rows carry its sub models' fields, which no `omit` of the base can name
    const hiddenByModel = new Map(Object.keys(meta.models).map((m) => [m, subModelOmittedFields(meta, m)]));
    const anyHidden = [...hiddenByModel.values()].some((fields) => fields.length > 0);
    const stripRow = (model: string, row: Plain): Plain => {
        const hidden = (hiddenByModel.get(model) ?? []).filter((f) => f in row);
        return hidden.length === 0 ? row : Object.fromEntries(Object.entries(row).filter(([key]) => !hidden.includes(key)));
    };
    return {
        kind: 'omit',
        handles: (model, operation) => reaching.has(model) && returnsRows(operation),
        middleware: async (ctx, proceed) => {
            const result = await proceed({ ...ctx, args: withDefaultOmits(meta, ctx.model, ctx.args as Plain | undefined) });
            return anyHidden ? mapResultRows(meta, ctx.model, result, stripRow) : result;
        },
    };
}
