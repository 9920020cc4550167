import type { Expression as IRExpression, BinaryOperator, CollectionOperator } from '@zenstackhq/sdk';
import {
    isArrayExpr,
    isBinaryExpr,
    isCollectionPredicateExpr,
    isDataField,
    isEnumField,
    isFunctionParam,
    isInvocationExpr,
    isLiteralExpr,
    isMemberAccessExpr,
    isNullExpr,
    isObjectExpr,
    isReferenceExpr,
    isThisExpr,
    isUnaryExpr,
    type Expression,
} from '../language/generated/ast.js';

/** Converts a linked AST expression into the plain expression tree of the IR. */
export function toIRExpression(expr: Expression): IRExpression {
    if (isLiteralExpr(expr)) return { kind: 'literal', value: expr.value };
    if (isNullExpr(expr)) return { kind: 'null' };
    if (isThisExpr(expr)) return { kind: 'this' };
    if (isArrayExpr(expr)) return { kind: 'array', items: expr.items.map(toIRExpression) };
    if (isObjectExpr(expr)) {
        return { kind: 'object', fields: expr.fields.map((f) => ({ name: f.name, value: toIRExpression(f.value) })) };
    }
    if (isReferenceExpr(expr)) {
        const target = expr.target.ref;
        const name = expr.target.$refText;
        if (isEnumField(target)) return { kind: 'enumValue', enum: target.$container.name, name };
        if (isFunctionParam(target)) return { kind: 'param', name };
        if (isDataField(target) || !target) {
            const args = expr.args.map((a) => ({ name: a.name, value: toIRExpression(a.value) }));
            return args.length > 0 ? { kind: 'field', name, args } : { kind: 'field', name };
        }
    }
    if (isMemberAccessExpr(expr)) return { kind: 'member', operand: toIRExpression(expr.operand), member: expr.member.$refText };
    if (isInvocationExpr(expr)) return { kind: 'call', function: expr.function.$refText, args: expr.args.map((a) => toIRExpression(a.value)) };
    if (isBinaryExpr(expr)) {
        return { kind: 'binary', operator: expr.operator as BinaryOperator, left: toIRExpression(expr.left), right: toIRExpression(expr.right) };
    }
    if (isUnaryExpr(expr)) return { kind: 'unary', operator: '!', operand: toIRExpression(expr.operand) };
    if (isCollectionPredicateExpr(expr)) {
        return {
            kind: 'collection',
            operator: expr.operator as CollectionOperator,
            collection: toIRExpression(expr.left),
            predicate: toIRExpression(expr.right),
        };
    }
    throw new Error(`unexpected expression node '${(expr as Expression).$type}'`);
}
