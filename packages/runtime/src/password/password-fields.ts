import type { Expression, ModelMeta } from '@zenstackhq/sdk';

/** How one `@password` field is hashed: a fixed salt, or a cost for a fresh salt per value. */
export interface PasswordOptions {
    readonly salt?: string;
    readonly saltLength: number;
}

/** bcrypt's cost when `@password` gives none (ZenStack v2's default). */
export const DEFAULT_SALT_LENGTH = 12;

/** The `@password` fields of every model, with their hashing options. */
export function passwordFields(meta: ModelMeta): Map<string, Map<string, PasswordOptions>> {
    const result = new Map<string, Map<string, PasswordOptions>>();
    for (const [model, info] of Object.entries(meta.models)) {
        for (const field of Object.values(info.fields)) {
            const attr = field.attributes.find((a) => a.name === '@password');
            if (!attr) continue;
            const arg = (name: string) => literal(attr.args.find((a) => a.name === name)?.value);
            const salt = arg('salt');
            const saltLength = arg('saltLength');
            const options: PasswordOptions = {
                saltLength: typeof saltLength === 'number' ? saltLength : DEFAULT_SALT_LENGTH,
                ...(typeof salt === 'string' ? { salt } : {}),
            };
            if (!result.has(model)) result.set(model, new Map());
            result.get(model)!.set(field.name, options);
        }
    }
    return result;
}

function literal(expr: Expression | undefined): unknown {
    return expr?.kind === 'literal' ? expr.value : undefined;
}
