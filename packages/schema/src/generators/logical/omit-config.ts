import { getAttribute, modelDelegateName, type FieldDef, type ModelDef, type SchemaDef } from '@zenstackhq/sdk';

/**
 * Prisma's global omit configuration for the `@omit` fields (inherited ones included), as a
 * type literal: `{ user: { password: true } }`; undefined when the schema has none. A
 * polymorphic base also omits its sub models' `@omit` fields, which its rows carry.
 */
export function globalOmitConfig(schema: SchemaDef): string | undefined {
    const models = schema.models.filter((m) => !m.isAbstract);
    const entries = models
        .map((m) => [modelDelegateName(m.name), omitEntries(m, models)] as const)
        .filter(([, fields]) => fields.length > 0)
        .map(([model, fields]) => `${model}: { ${fields.join('; ')} }`);
    return entries.length > 0 ? `{ ${entries.join('; ')} }` : undefined;
}

function omitEntries(model: ModelDef, models: readonly ModelDef[]): string[] {
    const own = model.fields.filter(isOmitted).map((f) => f.name);
    const names = new Set(model.fields.map((f) => f.name));
    const below = [...new Set(subModelsOf(model, models).flatMap((m) => m.fields.filter(isOmitted).map((f) => f.name)))].filter((f) => !names.has(f));
    if (below.length === 0) return own.map((f) => `${f}: true`);
    // the model's own omit type has none of the sub models' fields: one of its own (kept, `false`)
    // makes the configuration share a property with it, as TypeScript wants of all-optional types
    const anchor = own.length === 0 && model.fields[0] ? [`${model.fields[0].name}: false`] : [];
    return [...anchor, ...own.map((f) => `${f}: true`), ...below.map((f) => `${f}: true`)];
}

function subModelsOf(model: ModelDef, models: readonly ModelDef[]): ModelDef[] {
    return models.filter((m) => m.delegateBase === model.name).flatMap((m) => [m, ...subModelsOf(m, models)]);
}

function isOmitted(field: FieldDef): boolean {
    return Boolean(getAttribute(field, '@omit'));
}
