import type { BinaryOperator, Expression, ExpressionOf } from './expression.js';

/** How names in an expression become TypeScript; every hook is optional. */
export interface TypeScriptRenderOptions {
    /**
     * A field in scope. `item` is the element variable inside a `list?[...]` predicate and
     * undefined at the top level. Default: `item.name`, else the bare name.
     */
    readonly field?: (name: string, item: string | undefined) => string;
    /** A function call with its rendered arguments; return undefined to keep the default (`auth()` → `auth`, `now()` → `new Date()`). */
    readonly call?: (name: string, args: readonly string[]) => string | undefined;
    /** What `this` renders as (default `this`). */
    readonly self?: string;
}

const TS_OPERATORS: Readonly<Record<Exclude<BinaryOperator, 'in'>, string>> = {
    '==': '===',
    '!=': '!==',
    '<': '<',
    '<=': '<=',
    '>': '>',
    '>=': '>=',
    '&&': '&&',
    '||': '||',
};

// higher binds tighter; `in` renders as `.includes()`, which binds tightest
const PRECEDENCE: Readonly<Record<BinaryOperator, number>> = { '||': 1, '&&': 2, '==': 3, '!=': 3, '<': 4, '<=': 4, '>': 4, '>=': 4, in: 9 };

const DEFAULT_CALLS: Readonly<Record<string, (args: readonly string[]) => string>> = {
    auth: () => 'auth',
    future: () => 'future',
    now: () => 'new Date()',
};

interface Scope {
    readonly options: TypeScriptRenderOptions;
    /** the innermost collection element variable */
    readonly item?: string;
    readonly depth: number;
}

type Renderers = { readonly [K in Expression['kind']]: (expr: ExpressionOf<K>, scope: Scope) => string };

const renderers: Renderers = {
    literal: (e) => JSON.stringify(e.value),
    null: () => 'null',
    this: (_e, s) => s.options.self ?? 'this',
    array: (e, s) => `[${e.items.map((i) => render(i, s)).join(', ')}]`,
    object: (e, s) => (e.fields.length === 0 ? '{}' : `{ ${e.fields.map((f) => `${JSON.stringify(f.name)}: ${render(f.value, s)}`).join(', ')} }`),
    field: (e, s) => s.options.field?.(e.name, s.item) ?? (s.item ? `${s.item}.${e.name}` : e.name),
    // Prisma enums are their value names at run time
    enumValue: (e) => JSON.stringify(e.name),
    param: (e) => e.name,
    member: (e, s) => `${operand(e.operand, s)}?.${e.member}`,
    call: (e, s) => {
        const args = e.args.map((a) => render(a, s));
        return s.options.call?.(e.function, args) ?? DEFAULT_CALLS[e.function]?.(args) ?? `${e.function}(${args.join(', ')})`;
    },
    binary: (e, s) => {
        if (e.operator === 'in') return `${operand(e.right, s)}.includes(${render(e.left, s)})`;
        const own = PRECEDENCE[e.operator];
        return `${wrapBelow(e.left, own, s)} ${TS_OPERATORS[e.operator]} ${wrapBelow(e.right, own + 1, s)}`;
    },
    unary: (e, s) => `!${operand(e.operand, s)}`,
    collection: (e, s) => {
        const item = s.depth === 0 ? 'item' : `item${s.depth}`;
        const predicate = render(e.predicate, { ...s, item, depth: s.depth + 1 });
        const list = `(${operand(e.collection, s)} ?? [])`;
        if (e.operator === '!') return `${list}.every((${item}) => ${predicate})`;
        const some = `${list}.some((${item}) => ${predicate})`;
        return e.operator === '?' ? some : `!${some}`;
    },
};

/**
 * Renders an expression as TypeScript source: `auth().id == authorId` becomes
 * `auth?.id === authorId`, `tags?[x > 1]` becomes `(tags ?? []).some((item) => item.x > 1)`.
 * Pass `options.field` to qualify fields, e.g. `(name) => \`row.${name}\``.
 */
export function expressionToTypeScript(expr: Expression, options: TypeScriptRenderOptions = {}): string {
    return render(expr, { options, depth: 0 });
}

function render(expr: Expression, scope: Scope): string {
    return (renderers[expr.kind] as (e: Expression, s: Scope) => string)(expr, scope);
}

function wrapBelow(expr: Expression, precedence: number, scope: Scope): string {
    const text = render(expr, scope);
    return expr.kind === 'binary' && PRECEDENCE[expr.operator] < precedence ? `(${text})` : text;
}

// member access and `!` bind tighter than any binary operator
function operand(expr: Expression, scope: Scope): string {
    const text = render(expr, scope);
    return (expr.kind === 'binary' && expr.operator !== 'in') || expr.kind === 'collection' ? `(${text})` : text;
}
