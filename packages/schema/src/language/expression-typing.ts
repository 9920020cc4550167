import { DocumentState, type AstNode, type LangiumDocuments } from 'langium';
import {
    isArrayExpr,
    isBinaryExpr,
    isCollectionPredicateExpr,
    isDataField,
    isDataModel,
    isEnumField,
    isFunctionParam,
    isInvocationExpr,
    isLiteralExpr,
    isMemberAccessExpr,
    isModel,
    isNullExpr,
    isObjectExpr,
    isReferenceExpr,
    isThisExpr,
    isTypeDef,
    isUnaryExpr,
    type DataFieldType,
    type DataModel,
    type Expression,
    type FunctionParamType,
    type TypeDef,
} from './generated/ast.js';
import { getContainingDeclaration, hasAttribute, type TypeDeclaration } from './ast-utils.js';
import type { ZModelServices } from './zmodel-module.js';

/** The static type of an expression: a builtin name or a declaration, possibly a list. */
export type ExpressionType =
    | { readonly kind: 'builtin'; readonly name: string; readonly array: boolean; readonly nullable?: boolean }
    | { readonly kind: 'decl'; readonly decl: TypeDeclaration; readonly array: boolean; readonly nullable?: boolean };

export const ANY_TYPE: ExpressionType = { kind: 'builtin', name: 'Any', array: false };

export function fieldExpressionType(type: DataFieldType | FunctionParamType | undefined): ExpressionType {
    // a declaration cut short by a syntax error has no type
    if (!type) return ANY_TYPE;
    const nullable = 'optional' in type ? type.optional : false;
    const decl = type.reference?.ref;
    if (decl) return { kind: 'decl', decl, array: type.array, nullable };
    return { kind: 'builtin', name: type.type ?? 'Unsupported', array: type.array, nullable };
}

/** Infers expression types; `auth()` takes the shape of the `@@auth` model or `User`. */
export class ExpressionTyping {
    readonly #documents: LangiumDocuments;
    // every `auth()` asks for it and the documents only change between builds, so it is
    // looked up once per build
    #auth: { readonly decl: DataModel | TypeDef | undefined } | undefined;

    constructor(services: ZModelServices) {
        this.#documents = services.shared.workspace.LangiumDocuments;
        services.shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.IndexedContent, () => {
            this.#auth = undefined;
        });
    }

    typeOf(expr: Expression): ExpressionType {
        if (isLiteralExpr(expr)) {
            const v = expr.value;
            const name = typeof v === 'string' ? 'String' : typeof v === 'boolean' ? 'Boolean' : Number.isInteger(v) ? 'Int' : 'Float';
            return { kind: 'builtin', name, array: false };
        }
        if (isNullExpr(expr)) return { kind: 'builtin', name: 'Null', array: false };
        if (isThisExpr(expr)) {
            const decl = getContainingDeclaration(expr);
            return decl ? { kind: 'decl', decl, array: false } : ANY_TYPE;
        }
        if (isArrayExpr(expr)) {
            const item = expr.items[0] ? this.typeOf(expr.items[0]) : ANY_TYPE;
            return { ...item, array: true };
        }
        if (isObjectExpr(expr)) return { kind: 'builtin', name: 'Object', array: false };
        if (isReferenceExpr(expr)) {
            const target = expr.target?.ref;
            if (isDataField(target)) return fieldExpressionType(target.type);
            if (isEnumField(target)) return { kind: 'decl', decl: target.$container, array: false };
            if (isFunctionParam(target)) return fieldExpressionType(target.type);
            return ANY_TYPE;
        }
        if (isMemberAccessExpr(expr)) {
            const member = expr.member?.ref;
            if (!member) return ANY_TYPE;
            const memberType = fieldExpressionType(member.type);
            const operandType = this.typeOf(expr.operand);
            return operandType.nullable ? { ...memberType, nullable: true } : memberType;
        }
        if (isInvocationExpr(expr)) {
            const name = expr.function?.$refText;
            if (name === 'auth') {
                const decl = this.authDeclaration(expr);
                return decl ? { kind: 'decl', decl, array: false, nullable: true } : ANY_TYPE;
            }
            if (name === 'future') {
                const decl = getContainingDeclaration(expr);
                return decl ? { kind: 'decl', decl, array: false } : ANY_TYPE;
            }
            const fn = expr.function?.ref;
            return fn ? fieldExpressionType(fn.returnType) : ANY_TYPE;
        }
        if (isBinaryExpr(expr) || isUnaryExpr(expr) || isCollectionPredicateExpr(expr)) {
            return { kind: 'builtin', name: 'Boolean', array: false };
        }
        return ANY_TYPE;
    }

    /** The model or type `auth()` stands for in the schema that holds `node`. */
    authDeclaration(_node: AstNode): DataModel | TypeDef | undefined {
        this.#auth ??= { decl: this.#findAuthDeclaration() };
        return this.#auth.decl;
    }

    #findAuthDeclaration(): DataModel | TypeDef | undefined {
        let fallback: DataModel | undefined;
        for (const doc of this.#documents.all) {
            const root = doc.parseResult.value;
            if (!isModel(root)) continue;
            for (const decl of root.declarations) {
                if ((isDataModel(decl) || isTypeDef(decl)) && hasAttribute(decl, '@@auth')) return decl;
                if (isDataModel(decl) && decl.name === 'User' && !decl.isAbstract) fallback ??= decl;
            }
        }
        return fallback;
    }
}
