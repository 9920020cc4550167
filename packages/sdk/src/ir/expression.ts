/** Operators of the ZModel expression language, as written in the schema. */
export type BinaryOperator = '==' | '!=' | '<' | '<=' | '>' | '>=' | '&&' | '||' | 'in';

/** `?` some, `!` every, `^` none. */
export type CollectionOperator = '?' | '!' | '^';

export interface NamedArgument {
    readonly name: string;
    readonly value: Expression;
}

/**
 * A schema expression as plain data: attribute arguments, default values and policy rules.
 * Generators and the runtime read these trees; none of them needs the parser.
 */
export type Expression =
    | { readonly kind: 'literal'; readonly value: string | number | boolean }
    | { readonly kind: 'null' }
    | { readonly kind: 'this' }
    | { readonly kind: 'array'; readonly items: readonly Expression[] }
    | { readonly kind: 'object'; readonly fields: readonly NamedArgument[] }
    /** a field in scope; `args` carries index options such as `title(sort: Desc)` */
    | { readonly kind: 'field'; readonly name: string; readonly args?: readonly NamedArgument[] }
    | { readonly kind: 'enumValue'; readonly enum: string; readonly name: string }
    | { readonly kind: 'param'; readonly name: string }
    | { readonly kind: 'member'; readonly operand: Expression; readonly member: string }
    | { readonly kind: 'call'; readonly function: string; readonly args: readonly Expression[] }
    | { readonly kind: 'binary'; readonly operator: BinaryOperator; readonly left: Expression; readonly right: Expression }
    | { readonly kind: 'unary'; readonly operator: '!'; readonly operand: Expression }
    | {
          readonly kind: 'collection';
          readonly operator: CollectionOperator;
          readonly collection: Expression;
          readonly predicate: Expression;
      };

export type ExpressionKind = Expression['kind'];
export type ExpressionOf<K extends ExpressionKind> = Extract<Expression, { kind: K }>;
