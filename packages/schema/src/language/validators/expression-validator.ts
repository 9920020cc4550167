import type { ValidationAcceptor } from 'langium';
import { isDataModel, isTypeDef, type BinaryExpr, type CollectionPredicateExpr, type Expression, type UnaryExpr } from '../generated/ast.js';
import type { ExpressionType, ExpressionTyping } from '../expression-typing.js';
import type { ZModelServices } from '../zmodel-module.js';
import { describeType, isBoolean, isComparable, isNumericOrDate } from './type-compatibility.js';

/** Checks operand types of operators and collection predicates. */
export class ExpressionValidator {
    readonly #typing: ExpressionTyping;

    constructor(services: ZModelServices) {
        this.#typing = services.typing.ExpressionTyping;
    }

    checkBinary(expr: BinaryExpr, accept: ValidationAcceptor): void {
        const { left, right, operator } = expr;
        if (!left || !right || !operator) return;
        const leftType = this.#typing.typeOf(left);
        const rightType = this.#typing.typeOf(right);
        switch (operator) {
            case '&&':
            case '||':
                this.#expectBoolean(left, leftType, `operand of '${operator}'`, accept);
                this.#expectBoolean(right, rightType, `operand of '${operator}'`, accept);
                return;
            case '<':
            case '<=':
            case '>':
            case '>=':
                return this.#checkOrdering(expr, leftType, rightType, accept);
            case '==':
            case '!=':
                if (!isComparable(leftType, rightType)) {
                    accept('error', `cannot compare ${describeType(leftType)} with ${describeType(rightType)} using '${operator}'`, { node: expr, code: 'incomparable-operands' });
                }
                return;
            case 'in':
                return this.#checkIn(expr, leftType, rightType, accept);
        }
    }

    checkUnary(expr: UnaryExpr, accept: ValidationAcceptor): void {
        if (!expr.operand) return;
        this.#expectBoolean(expr.operand, this.#typing.typeOf(expr.operand), `operand of '${expr.operator}'`, accept);
    }

    /** `rel?[c]`, `rel![c]`, `rel^[c]` test the elements of a to-many relation. */
    checkCollectionPredicate(expr: CollectionPredicateExpr, accept: ValidationAcceptor): void {
        if (!expr.left) return;
        const type = this.#typing.typeOf(expr.left);
        const isCollection = type.kind === 'decl' && type.array && (isDataModel(type.decl) || isTypeDef(type.decl));
        if (!isAny(type) && !isCollection) {
            accept('error', `'${expr.operator}[...]' needs a to-many relation on its left, got ${describeType(type)}`, { node: expr.left, code: 'invalid-collection' });
        }
        if (expr.right) this.#expectBoolean(expr.right, this.#typing.typeOf(expr.right), `condition of '${expr.operator}[...]'`, accept);
    }

    #checkOrdering(expr: BinaryExpr, leftType: ExpressionType, rightType: ExpressionType, accept: ValidationAcceptor): void {
        let ok = true;
        for (const [operand, type] of [[expr.left, leftType], [expr.right, rightType]] as const) {
            if (!isNumericOrDate(type)) {
                accept('error', `operand of '${expr.operator}' must be a number or a DateTime, got ${describeType(type)}`, { node: operand, code: 'invalid-operand' });
                ok = false;
            }
        }
        if (ok && !isAny(leftType) && !isAny(rightType) && isDate(leftType) !== isDate(rightType)) {
            accept('error', `cannot compare ${describeType(leftType)} with ${describeType(rightType)} using '${expr.operator}'`, { node: expr, code: 'incomparable-operands' });
        }
    }

    #checkIn(expr: BinaryExpr, leftType: ExpressionType, rightType: ExpressionType, accept: ValidationAcceptor): void {
        if (isAny(rightType)) return;
        if (!rightType.array) {
            accept('error', `the right operand of 'in' must be a list, got ${describeType(rightType)}`, { node: expr.right, code: 'invalid-operand' });
            return;
        }
        if (leftType.array) {
            accept('error', `the left operand of 'in' must be a single value, got ${describeType(leftType)}`, { node: expr.left, code: 'invalid-operand' });
            return;
        }
        const element: ExpressionType = { ...rightType, array: false };
        if (!isComparable(leftType, element)) {
            accept('error', `cannot look for ${describeType(leftType)} in ${describeType(rightType)}`, { node: expr, code: 'incomparable-operands' });
        }
    }

    #expectBoolean(node: Expression, type: ExpressionType, what: string, accept: ValidationAcceptor): void {
        if (!isBoolean(type)) accept('error', `${what} must be Boolean, got ${describeType(type)}`, { node, code: 'invalid-operand' });
    }
}

function isAny(type: ExpressionType): boolean {
    return type.kind === 'builtin' && type.name === 'Any';
}

function isDate(type: ExpressionType): boolean {
    return type.kind === 'builtin' && type.name === 'DateTime';
}
