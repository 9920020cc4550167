import type { Expression } from './expression.js';
import type { AttributeApplication } from './schema.js';
import { getAttributeArg } from './schema-queries.js';

/**
 * An expression as a plain JS value: literals as themselves, `null`, arrays and objects
 * element-wise, enum values and field references as their names (`Desc`, `['email']`).
 * Anything computed (`now()`, `auth().id`, comparisons) is `undefined`: read the Expression.
 */
export function toPlainValue(expr: Expression): unknown {
    switch (expr.kind) {
        case 'literal':
            return expr.value;
        case 'null':
            return null;
        case 'array':
            return expr.items.map(toPlainValue);
        case 'object':
            return Object.fromEntries(expr.fields.map((f) => [f.name, toPlainValue(f.value)]));
        case 'enumValue':
        case 'field':
            return expr.name;
        default:
            return undefined;
    }
}

/**
 * The plain value of one argument, bound by name or by the position the compiler resolved:
 * on `@length(3, 10)`, `getAttributeArgValue(attr, 'max')` is `10`. `undefined` when absent.
 */
export function getAttributeArgValue(attr: AttributeApplication, name: string): unknown {
    const arg = attr.args.find((a) => a.name === name || a.param === name);
    return arg ? toPlainValue(arg.value) : undefined;
}

/** Every argument whose parameter is known, as `{ param: value }`: `@length(3, 10)` → `{ min: 3, max: 10 }`. */
export function getAttributeArgValues(attr: AttributeApplication): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const arg of attr.args) {
        const name = arg.name ?? arg.param;
        if (name) values[name] = toPlainValue(arg.value);
    }
    return values;
}

/** The field names an attribute lists, such as `@@id([a, b])` or `@relation(fields: [authorId])`. */
export function getFieldListArg(attr: AttributeApplication, name: string): string[] {
    const value = getAttributeArg(attr, name)?.value;
    if (!value) return [];
    const items = value.kind === 'array' ? value.items : [value];
    return items.flatMap((i) => (i.kind === 'field' ? [i.name] : []));
}
