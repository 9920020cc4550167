import type { FieldInfo, ModelMeta } from '@zenstackhq/sdk';

/** The field attributes the generated zod schemas enforce (the stdlib marks them `@@@validation`). */
export const VALIDATION_ATTRIBUTES: ReadonlySet<string> = new Set([
    '@email',
    '@url',
    '@datetime',
    '@regex',
    '@length',
    '@startsWith',
    '@endsWith',
    '@contains',
    '@trim',
    '@lower',
    '@upper',
    '@gt',
    '@gte',
    '@lt',
    '@lte',
]);

/** Whether writes to `model` need validating: a validated field, a typed JSON field or a `@@validate` rule. */
export function hasValidationRules(meta: ModelMeta, model: string): boolean {
    const info = meta.models[model];
    if (!info) return false;
    return info.attributes.some((a) => a.name === '@@validate') || Object.values(info.fields).some(isValidatedField);
}

function isValidatedField(field: FieldInfo): boolean {
    return field.kind === 'typeDef' || field.attributes.some((a) => VALIDATION_ATTRIBUTES.has(a.name));
}
