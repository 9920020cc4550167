import { AstUtils, type AstNode } from 'langium';
import { isDataFieldAttribute, isDataModelAttribute, type Attribute, type DataFieldAttribute, type DataModelAttribute } from '../generated/ast.js';
import { attributeName, hasAttribute } from '../ast-utils.js';
import { POLICY_ATTRIBUTES } from './policy-operations.js';

/** The members of the stdlib's `ExpressionContext` enum. */
export type ExpressionContext = 'DefaultValue' | 'AccessPolicy' | 'ValidationRule' | 'Index';

/** How each context is named in messages. */
export const CONTEXT_LABELS: Record<ExpressionContext, string> = {
    DefaultValue: '@default',
    AccessPolicy: 'access policies',
    ValidationRule: 'validation rules',
    Index: 'indexes and unique constraints',
};

const INDEX_ATTRIBUTES = new Set(['@@index', '@@unique', '@@id', '@@fulltext', '@id', '@unique']);

/** The attribute application an expression is an argument of, if any. */
export function containingAttribute(node: AstNode): DataModelAttribute | DataFieldAttribute | undefined {
    return AstUtils.getContainerOfType(node, (n): n is DataModelAttribute | DataFieldAttribute => isDataModelAttribute(n) || isDataFieldAttribute(n));
}

/** Where an expression sits; undefined for attributes that define no context (e.g. `@meta`). */
export function expressionContextOf(node: AstNode): ExpressionContext | undefined {
    const attr = containingAttribute(node);
    if (!attr) return undefined;
    const name = attributeName(attr);
    if (name === '@default') return 'DefaultValue';
    if (POLICY_ATTRIBUTES.has(name)) return 'AccessPolicy';
    if (INDEX_ATTRIBUTES.has(name)) return 'Index';
    const decl = attr.decl?.ref as Attribute | undefined;
    if (name === '@@validate' || (decl && hasAttribute(decl, '@@@validation'))) return 'ValidationRule';
    return undefined;
}
