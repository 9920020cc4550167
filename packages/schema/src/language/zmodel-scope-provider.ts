import { AstUtils, DefaultScopeProvider, EMPTY_SCOPE, type AstNode, type ReferenceInfo, type Scope } from 'langium';
import {
    isArrayExpr,
    isAttributeArg,
    isBinaryExpr,
    isCollectionPredicateExpr,
    isDataField,
    isDataFieldAttribute,
    isDataModel,
    isEnum,
    isFunctionDecl,
    isMemberAccessExpr,
    isReferenceExpr,
    isTypeDef,
    type Enum,
    type Expression,
} from './generated/ast.js';
import { getAllFields, getContainingDeclaration, type FieldContainer } from './ast-utils.js';
import type { ExpressionType, ExpressionTyping } from './expression-typing.js';
import type { ZModelServices } from './zmodel-module.js';

/**
 * Scopes for references inside expressions: a member access sees the operand's fields, a
 * collection predicate sees the element's fields, `@relation(references: [...])` sees the
 * related model's fields, and an enum-typed context prefers its own enum's members.
 */
export class ZModelScopeProvider extends DefaultScopeProvider {
    readonly #typing: ExpressionTyping;

    constructor(services: ZModelServices) {
        super(services);
        this.#typing = services.typing.ExpressionTyping;
    }

    override getScope(context: ReferenceInfo): Scope {
        const { container, property } = context;
        if (isMemberAccessExpr(container) && property === 'member') {
            return this.#fieldsOf(this.#typing.typeOf(container.operand), EMPTY_SCOPE);
        }
        if (isReferenceExpr(container) && property === 'target') {
            return this.#referenceScope(container, context);
        }
        return super.getScope(context);
    }

    #referenceScope(ref: AstNode, context: ReferenceInfo): Scope {
        let scope = this.getGlobalScope('EnumField', context);
        const preferred = this.#expectedEnum(ref);
        // in `@default(X)` of an enum field, X is a member even when a field shares its name
        const enumFirst = preferred && AstUtils.getContainerOfType(ref, isDataFieldAttribute) !== undefined;
        if (preferred && !enumFirst) scope = this.createScopeForNodes(preferred.fields, scope);

        const fn = AstUtils.getContainerOfType(ref, isFunctionDecl);
        if (fn) return this.createScopeForNodes(fn.params, scope);

        const relationTarget = this.#relationReferencesTarget(ref);
        if (relationTarget) return this.createScopeForNodes(getAllFields(relationTarget), scope);

        const decl = getContainingDeclaration(ref);
        if (decl) scope = this.createScopeForNodes(getAllFields(decl), scope);
        if (preferred && enumFirst) scope = this.createScopeForNodes(preferred.fields, scope);

        // collection predicates nest: the innermost element's fields shadow the outer ones
        const predicates: Expression[] = [];
        for (let node: AstNode | undefined = ref; node; node = node.$container) {
            const parent: AstNode | undefined = node.$container;
            if (isCollectionPredicateExpr(parent) && parent.right === node) predicates.unshift(parent.left);
        }
        for (const collection of predicates) scope = this.#fieldsOf(this.#typing.typeOf(collection), scope);
        return scope;
    }

    #fieldsOf(type: ExpressionType, outer: Scope): Scope {
        if (type.kind === 'decl' && (isDataModel(type.decl) || isTypeDef(type.decl))) {
            return this.createScopeForNodes(getAllFields(type.decl), outer);
        }
        return outer;
    }

    /** `@relation(references: [id])` names fields of the model on the other side. */
    #relationReferencesTarget(ref: AstNode): FieldContainer | undefined {
        const arg = AstUtils.getContainerOfType(ref, isAttributeArg);
        if (!arg || arg.name !== 'references') return undefined;
        const attr = arg.$container;
        if (!isDataFieldAttribute(attr) || attr.decl?.$refText !== '@relation') return undefined;
        const field = attr.$container;
        if (!isDataField(field)) return undefined;
        const target = field.type?.reference?.ref;
        return isDataModel(target) || isTypeDef(target) ? target : undefined;
    }

    #expectedEnum(ref: AstNode): Enum | undefined {
        const attr = AstUtils.getContainerOfType(ref, isDataFieldAttribute);
        if (attr && isDataField(attr.$container)) {
            const target = attr.$container.type?.reference?.ref;
            if (isEnum(target)) return target;
        }
        // only the left operand is typed: typing the right one from here would resolve this
        // very reference again
        let node: AstNode = ref;
        if (isArrayExpr(node.$container)) node = node.$container;
        const parent = node.$container;
        if (isBinaryExpr(parent) && parent.right === node) {
            const type = this.#typing.typeOf(parent.left);
            if (type.kind === 'decl' && isEnum(type.decl)) return type.decl;
        }
        return undefined;
    }
}
