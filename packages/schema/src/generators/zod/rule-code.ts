import { getAttributeArg, type Expression, type ExpressionOf, type FieldDef, type ModelDef } from '@zenstackhq/sdk';
import { printExpression } from '../prisma/expression-printer.js';

/** One `@@validate` rule, compiled to a JavaScript predicate over the model's parsed data `v`. */
export interface RuleCode {
    /** the fields the rule reads: it is checked only when all of them are in the data */
    readonly fields: readonly string[];
    /** `(v) => …`, returning whether the data passes */
    readonly check: string;
    readonly message: string;
    readonly path: readonly string[];
}

// the stdlib functions allowed in validation rules, as calls of the module's `$` helpers
const FUNCTIONS: Readonly<Record<string, string>> = {
    length: '$length',
    regex: '$regex',
    email: '$email',
    url: '$url',
    datetime: '$datetime',
    contains: '$contains',
    startsWith: '$startsWith',
    endsWith: '$endsWith',
    has: '$has',
    hasEvery: '$hasEvery',
    hasSome: '$hasSome',
    isEmpty: '$isEmpty',
};

/** The model's `@@validate` rules (own and inherited), compiled. */
export function validationRules(model: ModelDef): RuleCode[] {
    const fields = new Map(model.fields.map((f) => [f.name, f]));
    return model.attributes
        .filter((a) => a.name === '@@validate')
        .flatMap((attr) => {
            const condition = getAttributeArg(attr, 'value', 0)?.value;
            if (!condition) return [];
            const message = getAttributeArg(attr, 'message', 1)?.value;
            const path = getAttributeArg(attr, 'path', 2)?.value;
            return [
                {
                    fields: [...referencedFields(condition)],
                    check: `(v) => ${toJs(condition, fields)}`,
                    message: message?.kind === 'literal' ? String(message.value) : `Invalid input: must satisfy ${printExpression(condition)}`,
                    path: path?.kind === 'array' ? path.items.flatMap((i) => (i.kind === 'literal' ? [String(i.value)] : [])) : [],
                },
            ];
        });
}

function referencedFields(expr: Expression, found = new Set<string>()): Set<string> {
    if (expr.kind === 'field') found.add(expr.name);
    else if (expr.kind === 'member') referencedFields(expr.operand, found);
    else if (expr.kind === 'call') expr.args.forEach((a) => referencedFields(a, found));
    else if (expr.kind === 'binary') [expr.left, expr.right].forEach((e) => referencedFields(e, found));
    else if (expr.kind === 'unary') referencedFields(expr.operand, found);
    else if (expr.kind === 'array') expr.items.forEach((e) => referencedFields(e, found));
    return found;
}

type Fields = ReadonlyMap<string, FieldDef>;
type Compilers = { readonly [K in Expression['kind']]: (expr: ExpressionOf<K>, fields: Fields) => string };

const COMPILERS: Compilers = {
    literal: (e) => JSON.stringify(e.value),
    null: () => 'null',
    this: () => 'v',
    array: (e, fields) => `[${e.items.map((i) => toJs(i, fields)).join(', ')}]`,
    object: () => unsupported('an object'),
    field: (e, fields) => {
        const access = `v[${JSON.stringify(e.name)}]`;
        // DateTime values arrive as Date objects or ISO strings; rules compare them as times
        const field = fields.get(e.name);
        return field?.type.kind === 'scalar' && field.type.name === 'DateTime' ? `$time(${access})` : access;
    },
    enumValue: (e) => JSON.stringify(e.name),
    param: (e) => unsupported(`parameter '${e.name}'`),
    member: (e, fields) => `${toJs(e.operand, fields)}?.[${JSON.stringify(e.member)}]`,
    call: (e, fields) => {
        if (e.function === 'now') return 'Date.now()';
        const helper = FUNCTIONS[e.function];
        if (!helper) return unsupported(`function '${e.function}()'`);
        return `${helper}(${e.args.map((a) => toJs(a, fields)).join(', ')})`;
    },
    binary: (e, fields) => {
        const left = toJs(e.left, fields);
        const right = toJs(e.right, fields);
        switch (e.operator) {
            case '&&':
            case '||':
                return `(${left} ${e.operator} ${right})`;
            case '==':
                return `$eq(${left}, ${right})`;
            case '!=':
                return `!$eq(${left}, ${right})`;
            case 'in':
                return `$in(${left}, ${right})`;
            default:
                return `$cmp(${left}, ${JSON.stringify(e.operator)}, ${right})`;
        }
    },
    unary: (e, fields) => `!(${toJs(e.operand, fields)})`,
    collection: () => unsupported('a collection predicate'),
};

function toJs(expr: Expression, fields: Fields): string {
    return (COMPILERS[expr.kind] as (e: Expression, f: Fields) => string)(expr, fields);
}

// the language validator rejects these in @@validate; reaching one here is a compiler bug
function unsupported(what: string): never {
    throw new Error(`@@validate cannot use ${what}`);
}
