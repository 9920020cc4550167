import { AstUtils, type ValidationAcceptor } from 'langium';
import { isInvocationExpr, type DataFieldAttribute, type DataModelAttribute } from '../generated/ast.js';
import { attributeName, getArgument } from '../ast-utils.js';
import { stringLiteral } from './attribute-args.js';
import { appliesToUpdate, FIELD_OPERATIONS, MODEL_OPERATIONS, parseOperations, POLICY_ATTRIBUTES } from './policy-operations.js';

/**
 * Checks access rules (`@@allow`, `@@deny`, `@allow`, `@deny`): the operation list, and
 * `future()` only where the rule is checked on update. The condition's type is checked
 * against the stdlib declaration (`condition: Boolean`) like any attribute argument.
 */
export class PolicyAttributeValidator {
    check(attr: DataModelAttribute | DataFieldAttribute, accept: ValidationAcceptor): void {
        const name = attributeName(attr);
        if (!POLICY_ATTRIBUTES.has(name)) return;
        const operationArg = getArgument(attr, 'operation');
        if (!operationArg?.value) return;
        const text = stringLiteral(operationArg.value);
        if (text === undefined) {
            accept('error', `the operation of '${name}' must be a string literal such as 'read' or 'create,update'`, { node: operationArg, code: 'invalid-policy-operation' });
            return;
        }
        const allowed: readonly string[] = name.startsWith('@@') ? MODEL_OPERATIONS : FIELD_OPERATIONS;
        const operations = parseOperations(text);
        for (const operation of operations) {
            if (!allowed.includes(operation)) {
                accept('error', `invalid operation '${operation}' in '${name}': expected a comma-separated list of ${allowed.join(', ')}`, {
                    node: operationArg,
                    code: 'invalid-policy-operation',
                });
            }
        }
        const condition = getArgument(attr, 'condition')?.value;
        if (!condition || appliesToUpdate(operations)) return;
        for (const node of AstUtils.streamAst(condition)) {
            if (isInvocationExpr(node) && node.function?.$refText === 'future') {
                accept('error', `future() can only be used in rules that apply to 'update', not '${text}'`, { node, code: 'future-outside-update' });
            }
        }
    }
}
