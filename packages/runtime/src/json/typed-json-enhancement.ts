import type { Plain } from '../delegate/rewrite/paths.js';
import { mapResultRows, modelsReaching } from '../model-meta/result-rows.js';
import type { Enhancement, EnhancementEnv } from '../pipeline/enhancement.js';
import { returnsRows } from '../prisma/prisma-operations.js';
import { datedJsonFields, reviveJsonDates } from './json-dates.js';

/**
 * Typed JSON (`profile Profile @json`) reads back as its type: DateTime fields inside the JSON,
 * stored as ISO strings, become `Date`s in every row the enhanced client returns (nested
 * include/select results and write results too). Not a selectable kind: the generated types
 * promise `Date`, so it applies whenever the schema has such fields.
 */
export function createTypedJsonEnhancement(env: EnhancementEnv): Enhancement | undefined {
    const meta = env.modelMeta;
    const fieldsByModel = new Map(Object.keys(meta.models).map((m) => [m, datedJsonFields(meta, m)]));
    const reaching = modelsReaching(meta, (model) => (fieldsByModel.get(model) ?? []).length > 0);
    if (reaching.size === 0) return undefined;
    const reviveRow = (model: string, row: Plain): Plain => {
        const present = (fieldsByModel.get(model) ?? []).filter((f) => row[f.name] != null);
        return present.length === 0 ? row : { ...row, ...Object.fromEntries(present.map((f) => [f.name, reviveJsonDates(meta, f, row[f.name])])) };
    };
    return {
        kind: 'typed-json',
        handles: (model, operation) => reaching.has(model) && returnsRows(operation),
        middleware: async (ctx, proceed) => mapResultRows(meta, ctx.model, await proceed(ctx), reviveRow),
    };
}
