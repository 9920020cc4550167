import type { AttributeApplication, Expression } from '@zenstackhq/sdk';
import { inPrismaFormatOrder } from './attribute-order.js';
import { printExpression } from './expression-printer.js';

// functions Prisma itself evaluates; anything else in a default (auth(), user functions)
// is ZModel-only and is filled in by the runtime instead
const PRISMA_FUNCTIONS = new Set(['autoincrement', 'sequence', 'dbgenerated', 'auto', 'uuid', 'cuid', 'nanoid', 'ulid', 'now']);

/**
 * The attributes that belong in the physical schema: Prisma's own (`@@@prisma` in the stdlib),
 * minus defaults whose value only the ZenStack runtime can compute, such as `auth().id`; in the
 * order `prisma format` writes them.
 */
export function physicalAttributes(attributes: readonly AttributeApplication[]): AttributeApplication[] {
    return inPrismaFormatOrder(attributes).filter((a) => a.isPrisma && !isRuntimeDefault(a));
}

/** Prints `@relation(fields: [a], references: [id])`; an attribute without arguments has no parentheses. */
export function printAttribute(attr: AttributeApplication): string {
    if (attr.args.length === 0) return attr.name;
    const args = attr.args.map((a) => (a.name ? `${a.name}: ${printExpression(a.value)}` : printExpression(a.value)));
    return `${attr.name}(${args.join(', ')})`;
}

function isRuntimeDefault(attr: AttributeApplication): boolean {
    return attr.name === '@default' && !attr.args.every((arg) => isPrismaValue(arg.value));
}

function isPrismaValue(expr: Expression): boolean {
    switch (expr.kind) {
        case 'literal':
        case 'null':
        case 'enumValue':
        case 'field':
            return true;
        case 'array':
            return expr.items.every(isPrismaValue);
        case 'call':
            return PRISMA_FUNCTIONS.has(expr.function) && expr.args.every(isPrismaValue);
        default:
            return false;
    }
}
