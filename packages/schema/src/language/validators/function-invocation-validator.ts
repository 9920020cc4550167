import { AstUtils, type ValidationAcceptor } from 'langium';
import { isDataModel, isFunctionDecl, isReferenceExpr, type FunctionDecl, type InvocationExpr } from '../generated/ast.js';
import { findAttribute, getModelRoot } from '../ast-utils.js';
import { fieldExpressionType, type ExpressionTyping } from '../expression-typing.js';
import type { ZModelServices } from '../zmodel-module.js';
import { listItems, stringLiteral } from './attribute-args.js';
import { CONTEXT_LABELS, expressionContextOf, type ExpressionContext } from './expression-context.js';
import { describeType, isAssignable } from './type-compatibility.js';

const CHECK_OPERATIONS = ['create', 'read', 'update', 'delete'];
const CASINGS = ['original', 'upper', 'lower', 'capitalize', 'uncapitalize'];

/** Checks a function call: arguments against the declaration, and where it may be used. */
export class FunctionInvocationValidator {
    readonly #typing: ExpressionTyping;

    constructor(services: ZModelServices) {
        this.#typing = services.typing.ExpressionTyping;
    }

    check(expr: InvocationExpr, accept: ValidationAcceptor): void {
        const fn = expr.function?.ref;
        if (!fn) return;
        this.#checkArguments(expr, fn, accept);
        this.#checkContext(expr, fn, accept);
        if (isStdlib(fn)) this.#checkBuiltin(expr, fn, accept);
    }

    #checkArguments(expr: InvocationExpr, fn: FunctionDecl, accept: ValidationAcceptor): void {
        const args = expr.args;
        if (args.length > fn.params.length) {
            accept('error', `function '${fn.name}' takes ${fn.params.length} argument(s), got ${args.length}`, { node: args[fn.params.length]!, code: 'too-many-arguments' });
        }
        fn.params.forEach((param, index) => {
            const value = args[index]?.value;
            if (!value) {
                if (!param.optional && args.length <= index) {
                    accept('error', `function '${fn.name}' requires argument '${param.name}'`, { node: expr, code: 'missing-argument' });
                }
                return;
            }
            if (!param.type) return;
            const expected = fieldExpressionType(param.type);
            const actual = this.#typing.typeOf(value);
            if (!isAssignable(actual, expected)) {
                accept('error', `invalid argument '${param.name}' of '${fn.name}()': expected ${describeType(expected)}, got ${describeType(actual)}`, { node: value, code: 'invalid-argument' });
            }
        });
    }

    /** Functions marked @@@expressionContext only make sense where their value exists. */
    #checkContext(expr: InvocationExpr, fn: FunctionDecl, accept: ValidationAcceptor): void {
        const marker = findAttribute(fn.attributes, '@@@expressionContext');
        if (!marker || AstUtils.getContainerOfType(expr, isFunctionDecl)) return;
        const allowed = listItems(marker.args[0]?.value).flatMap((item) => (isReferenceExpr(item) && item.target ? [item.target.$refText as ExpressionContext] : []));
        const context = expressionContextOf(expr);
        if (context === undefined || allowed.includes(context)) return;
        const where = allowed.map((c) => CONTEXT_LABELS[c] ?? c).join(', ');
        accept('error', `function '${fn.name}' cannot be used in ${CONTEXT_LABELS[context]}; it is only allowed in ${where}`, { node: expr, code: 'function-context' });
    }

    #checkBuiltin(expr: InvocationExpr, fn: FunctionDecl, accept: ValidationAcceptor): void {
        const [first, second] = expr.args.map((a) => a.value);
        switch (fn.name) {
            case 'auth':
                if (!this.#typing.authDeclaration(expr)) {
                    accept('error', `auth() needs a model or type marked @@auth, or a model named 'User'`, { node: expr, code: 'unresolved-auth' });
                }
                return;
            case 'check': {
                const type = first ? this.#typing.typeOf(first) : undefined;
                if (first && type && !(type.kind === 'decl' && isDataModel(type.decl)) && !(type.kind === 'builtin' && type.name === 'Any')) {
                    accept('error', `the first argument of check() must be a relation field, got ${describeType(type)}`, { node: first, code: 'invalid-argument' });
                }
                const operation = stringLiteral(second);
                if (second && (operation === undefined || !CHECK_OPERATIONS.includes(operation))) {
                    accept('error', `the operation of check() must be one of ${CHECK_OPERATIONS.map((o) => `'${o}'`).join(', ')}`, { node: second, code: 'invalid-argument' });
                }
                return;
            }
            case 'currentModel':
            case 'currentOperation': {
                const casing = stringLiteral(first);
                if (first && (casing === undefined || !CASINGS.includes(casing))) {
                    accept('error', `the casing of ${fn.name}() must be one of ${CASINGS.map((c) => `'${c}'`).join(', ')}`, { node: first, code: 'invalid-argument' });
                }
                return;
            }
        }
    }
}

// user schemas may declare functions too; only the stdlib's have the meanings checked here
function isStdlib(fn: FunctionDecl): boolean {
    return getModelRoot(fn)?.$document?.uri.path.endsWith('/stdlib.zmodel') ?? false;
}
