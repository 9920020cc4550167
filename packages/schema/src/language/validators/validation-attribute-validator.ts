import { AstUtils, type ValidationAcceptor } from 'langium';
import { isDataField, isLiteralExpr, isReferenceExpr, type DataFieldAttribute, type DataModelAttribute, type Expression } from '../generated/ast.js';
import { attributeName, getArgument, isRelationField } from '../ast-utils.js';
import { stringLiteral } from './attribute-args.js';

const COMPARISONS = new Set(['@gt', '@gte', '@lt', '@lte']);

/**
 * Checks what the stdlib's parameter types cannot: `@@validate` rules read only the model's own
 * data (no relations), `@regex` patterns compile, `@length` bounds are ordered, and `@gt`-style
 * bounds are numbers. The generated zod schemas rely on all of it.
 */
export class ValidationAttributeValidator {
    check(attr: DataModelAttribute | DataFieldAttribute, accept: ValidationAcceptor): void {
        const name = attributeName(attr);
        if (name === '@@validate') this.#checkRule(attr, accept);
        else if (name === '@regex') this.#checkRegex(attr, accept);
        else if (name === '@length') this.#checkLength(attr, accept);
        else if (COMPARISONS.has(name)) this.#checkBound(attr, name, accept);
    }

    // rules run on the data of one write, which holds no related rows
    #checkRule(attr: DataModelAttribute | DataFieldAttribute, accept: ValidationAcceptor): void {
        const condition = getArgument(attr, 'value')?.value;
        if (!condition) return;
        for (const node of AstUtils.streamAst(condition)) {
            if (!isReferenceExpr(node)) continue;
            const target = node.target?.ref;
            if (isDataField(target) && isRelationField(target)) {
                accept('error', `relation field '${target.name}' cannot be used in @@validate: a rule can only read the model's own fields`, {
                    node,
                    code: 'relation-in-validation-rule',
                });
            }
        }
    }

    #checkRegex(attr: DataModelAttribute | DataFieldAttribute, accept: ValidationAcceptor): void {
        const arg = getArgument(attr, 'regex');
        const pattern = stringLiteral(arg?.value);
        if (!arg || pattern === undefined) return;
        try {
            new RegExp(pattern);
        } catch (error) {
            accept('error', `invalid regular expression in @regex: ${(error as Error).message}`, { node: arg, code: 'invalid-regex' });
        }
    }

    #checkLength(attr: DataModelAttribute | DataFieldAttribute, accept: ValidationAcceptor): void {
        const min = numberLiteral(getArgument(attr, 'min')?.value);
        const maxArg = getArgument(attr, 'max');
        const max = numberLiteral(maxArg?.value);
        if (min !== undefined && max !== undefined && min > max) {
            accept('error', `the minimum length of @length (${min}) is greater than its maximum (${max})`, { node: maxArg!, code: 'invalid-length-bounds' });
        }
    }

    #checkBound(attr: DataModelAttribute | DataFieldAttribute, name: string, accept: ValidationAcceptor): void {
        const arg = getArgument(attr, 'value');
        if (arg?.value && numberLiteral(arg.value) === undefined) {
            accept('error', `the bound of ${name} must be a number literal`, { node: arg, code: 'invalid-argument' });
        }
    }
}

// the grammar reads `-1` as one number literal
function numberLiteral(expr: Expression | undefined): number | undefined {
    return isLiteralExpr(expr) && typeof expr.value === 'number' ? expr.value : undefined;
}
