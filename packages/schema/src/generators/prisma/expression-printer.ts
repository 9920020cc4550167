import type { BinaryOperator, Expression, ExpressionOf, NamedArgument } from '@zenstackhq/sdk';
import { toLiteral } from './string-literal.js';

type Printers = { readonly [K in Expression['kind']]: (expr: ExpressionOf<K>) => string };

// higher binds tighter; mirrors the grammar's rule nesting
const PRECEDENCE: Readonly<Record<BinaryOperator, number>> = {
    '||': 1,
    '&&': 2,
    '==': 3,
    '!=': 3,
    '<': 4,
    '<=': 4,
    '>': 4,
    '>=': 4,
    in: 5,
};

const printers: Printers = {
    literal: (e) => toLiteral(e.value),
    null: () => 'null',
    this: () => 'this',
    array: (e) => `[${e.items.map(printExpression).join(', ')}]`,
    object: (e) => (e.fields.length === 0 ? '{}' : `{ ${printNamedArgs(e.fields)} }`),
    field: (e) => (e.args && e.args.length > 0 ? `${e.name}(${printNamedArgs(e.args)})` : e.name),
    enumValue: (e) => e.name,
    param: (e) => e.name,
    member: (e) => `${printOperand(e.operand)}.${e.member}`,
    call: (e) => `${e.function}(${e.args.map(printExpression).join(', ')})`,
    binary: (e) => {
        const own = PRECEDENCE[e.operator];
        // left-associative: an equal-precedence operand on the right keeps its parentheses
        const left = wrapBelow(e.left, own);
        const right = wrapBelow(e.right, own + 1);
        return `${left} ${e.operator} ${right}`;
    },
    unary: (e) => `!${printOperand(e.operand)}`,
    collection: (e) => `${printOperand(e.collection)}${e.operator}[${printExpression(e.predicate)}]`,
};

/**
 * Prints an IR expression back as PSL/ZModel source, e.g. `dbgenerated("gen_random_uuid()")`
 * or `[title(sort: Desc), id]`.
 */
export function printExpression(expr: Expression): string {
    return (printers[expr.kind] as (e: Expression) => string)(expr);
}

function printNamedArgs(args: readonly NamedArgument[]): string {
    return args.map((a) => `${a.name}: ${printExpression(a.value)}`).join(', ');
}

function wrapBelow(expr: Expression, precedence: number): string {
    const text = printExpression(expr);
    return expr.kind === 'binary' && PRECEDENCE[expr.operator] < precedence ? `(${text})` : text;
}

// postfix and prefix operators bind tighter than any binary operator
function printOperand(expr: Expression): string {
    const text = printExpression(expr);
    return expr.kind === 'binary' ? `(${text})` : text;
}
