import { getAttributeArg, type AttributeApplication, type FieldDef, type ScalarTypeName } from '@zenstackhq/sdk';

/** A field's zod schema as JavaScript source, and the schema's TypeScript type. */
export interface FieldSchemaCode {
    readonly code: string;
    readonly type: string;
}

// Prisma takes these forms on writes, so the schemas accept them too
const SCALARS: Record<ScalarTypeName, FieldSchemaCode> = {
    String: { code: 'z.string()', type: 'string' },
    Boolean: { code: 'z.boolean()', type: 'boolean' },
    Int: { code: 'z.number().int()', type: 'number' },
    Float: { code: 'z.number()', type: 'number' },
    BigInt: { code: 'z.union([z.bigint(), z.number().int()])', type: 'bigint | number' },
    Decimal: { code: '$decimal()', type: 'number | string | { toFixed(): string }' },
    DateTime: { code: '$dateTime()', type: 'Date | string' },
    Json: { code: 'z.unknown()', type: 'unknown' },
    Bytes: { code: 'z.instanceof(Uint8Array)', type: 'Uint8Array' },
};

// @trim, @lower and @upper rewrite the value before the checks see it, whatever their order
const TRANSFORMS: Readonly<Record<string, string>> = { '@trim': '.trim()', '@lower': '.toLowerCase()', '@upper': '.toUpperCase()' };

type CheckRenderer = (attr: AttributeApplication) => string | undefined;

const STRING_CHECKS: Readonly<Record<string, CheckRenderer>> = {
    '@email': (a) => `.check(z.email(${errorOption(a, 0)}))`,
    '@url': (a) => `.check(z.url(${errorOption(a, 0)}))`,
    '@datetime': (a) => {
        const message = messageLiteral(a, 0);
        return `.check(z.iso.datetime({ offset: true${message === undefined ? '' : `, error: ${message}`} }))`;
    },
    '@regex': (a) => withArg(a, 'regex', 0, (re) => `.regex(new RegExp(${re})${errorOption(a, 1, ', ')})`),
    '@startsWith': (a) => withArg(a, 'text', 0, (text) => `.startsWith(${text}${errorOption(a, 1, ', ')})`),
    '@endsWith': (a) => withArg(a, 'text', 0, (text) => `.endsWith(${text}${errorOption(a, 1, ', ')})`),
    '@contains': (a) => withArg(a, 'text', 0, (text) => `.includes(${text}${errorOption(a, 1, ', ')})`),
    '@length': (a) => {
        const min = literalCode(a, 'min', 0);
        const max = literalCode(a, 'max', 1);
        const error = errorOption(a, 2, ', ');
        return `${min !== undefined ? `.min(${min}${error})` : ''}${max !== undefined ? `.max(${max}${error})` : ''}`;
    },
};

const COMPARISONS: Readonly<Record<string, string>> = { '@gt': '>', '@gte': '>=', '@lt': '<', '@lte': '<=' };
const NUMBER_METHODS: Readonly<Record<string, string>> = { '@gt': 'gt', '@gte': 'gte', '@lt': 'lt', '@lte': 'lte' };

/**
 * The zod schema of one scalar, enum or typed JSON field, with its validation attributes: its
 * JavaScript source, and its TypeScript type for the declaration file. `optional` says whether
 * the field may be left out (create inputs); nullable fields take null and may be left out.
 * @example fieldSchema(emailField, false).code // 'z.string().trim().check(z.email())'
 */
export function fieldSchema(field: FieldDef, optional: boolean): FieldSchemaCode {
    let { code, type } = elementSchema(field);
    if (field.type.array) {
        code = `z.array(${code})`;
        type = `(${type})[]`;
    }
    if (field.type.optional) return { code: `${code}.nullish()`, type: `z.ZodOptional<z.ZodType<${type} | null>>` };
    if (optional) return { code: `${code}.optional()`, type: `z.ZodOptional<z.ZodType<${type}>>` };
    return { code, type: `z.ZodType<${type}>` };
}

/** The TypeScript type of an optional version of a field's schema, as `.partial()` makes it. */
export function partialType(schema: FieldSchemaCode): string {
    return schema.type.startsWith('z.ZodOptional<') ? schema.type : `z.ZodOptional<${schema.type}>`;
}

function elementSchema(field: FieldDef): FieldSchemaCode {
    const { type } = field;
    if (type.kind === 'enum') return { code: `${type.name}Schema`, type: `$${type.name}` };
    // a getter-free lazy reference: type definitions may refer to themselves or to later ones
    if (type.kind === 'typeDef') return { code: `z.lazy(() => ${type.name}Schema)`, type: 'Record<string, unknown>' };
    if (type.kind !== 'scalar') return { code: 'z.unknown()', type: 'unknown' };
    const base = SCALARS[type.name];
    if (type.name === 'String') return { ...base, code: base.code + stringRules(field.attributes) };
    if (type.name === 'Int' || type.name === 'Float') return { ...base, code: base.code + numberRules(field.attributes) };
    if (type.name === 'BigInt' || type.name === 'Decimal') return { ...base, code: base.code + numericRefinements(field.attributes) };
    return base;
}

function stringRules(attributes: readonly AttributeApplication[]): string {
    const transforms = attributes.flatMap((a) => (TRANSFORMS[a.name] ? [TRANSFORMS[a.name]] : []));
    const checks = attributes.flatMap((a) => {
        const check = STRING_CHECKS[a.name]?.(a);
        return check ? [check] : [];
    });
    return [...transforms, ...checks].join('');
}

function numberRules(attributes: readonly AttributeApplication[]): string {
    return attributes
        .flatMap((a) => {
            const method = NUMBER_METHODS[a.name];
            return method ? [withArg(a, 'value', 0, (v) => `.${method}(${v}${errorOption(a, 1, ', ')})`) ?? ''] : [];
        })
        .join('');
}

// BigInt and Decimal values come in several forms, so they are compared as numbers in a refinement
function numericRefinements(attributes: readonly AttributeApplication[]): string {
    return attributes
        .flatMap((a) => {
            const operator = COMPARISONS[a.name];
            if (!operator) return [];
            return [
                withArg(a, 'value', 0, (v) => {
                    const message = messageLiteral(a, 1) ?? JSON.stringify(`must be ${operator} ${JSON.parse(v)}`);
                    return `.refine((v) => Number(v) ${operator} ${v}, { error: ${message} })`;
                }) ?? '',
            ];
        })
        .join('');
}

function withArg(attr: AttributeApplication, name: string, position: number, render: (code: string) => string): string | undefined {
    const code = literalCode(attr, name, position);
    return code === undefined ? undefined : render(code);
}

function literalCode(attr: AttributeApplication, name: string, position: number): string | undefined {
    const value = getAttributeArg(attr, name, position)?.value;
    return value?.kind === 'literal' ? JSON.stringify(value.value) : undefined;
}

function messageLiteral(attr: AttributeApplication, position: number): string | undefined {
    const value = getAttributeArg(attr, 'message', position)?.value;
    return value?.kind === 'literal' && typeof value.value === 'string' ? JSON.stringify(value.value) : undefined;
}

/** `{ error: "message" }` when the attribute has a message, with `separator` before it. */
function errorOption(attr: AttributeApplication, position: number, separator = ''): string {
    const message = messageLiteral(attr, position);
    return message === undefined ? '' : `${separator}{ error: ${message} }`;
}
