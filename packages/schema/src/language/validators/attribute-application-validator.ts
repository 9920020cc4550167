import type { ValidationAcceptor } from 'langium';
import {
    isArrayExpr,
    isDataField,
    isDataModel,
    isEnum,
    isEnumField,
    isReferenceExpr,
    isTypeDef,
    type Attribute,
    type AttributeArg,
    type AttributeParam,
    type AttributeParamType,
    type DataField,
    type Expression,
} from '../generated/ast.js';
import { attributeName, fieldTypeName, getArgument, type AttributeApplication } from '../ast-utils.js';
import type { ExpressionType, ExpressionTyping } from '../expression-typing.js';
import type { ZModelServices } from '../zmodel-module.js';
import { isAssignable, describeType } from './type-compatibility.js';

/**
 * Checks an attribute application against its declaration in the stdlib (or the schema):
 * argument binding, argument types, `@@@once` and `@@@targetField`. No attribute is
 * special-cased here; their meaning is checked by the validators of the nodes they sit on.
 */
export class AttributeApplicationValidator {
    readonly #typing: ExpressionTyping;

    constructor(services: ZModelServices) {
        this.#typing = services.typing.ExpressionTyping;
    }

    check(attr: AttributeApplication, accept: ValidationAcceptor): void {
        const decl = attr.decl?.ref;
        if (!decl) return;
        const name = attributeName(attr);
        if (!this.#bindArguments(attr, decl, accept)) return;
        for (const param of decl.params) {
            const arg = getArgument(attr, param.name);
            if (arg) this.#checkArgument(attr, param, arg, accept);
        }
        this.#checkOnce(attr, decl, name, accept);
        this.#checkTarget(attr, decl, name, accept);
    }

    #bindArguments(attr: AttributeApplication, decl: Attribute, accept: ValidationAcceptor): boolean {
        const name = decl.name;
        const bound = new Set<string>();
        const positionalParams = decl.params.filter((p) => p.positional);
        let position = 0;
        let ok = true;
        for (const arg of attr.args) {
            let param: AttributeParam | undefined;
            if (arg.name) {
                param = decl.params.find((p) => p.name === arg.name);
                if (!param) {
                    accept('error', `attribute '${name}' has no parameter '${arg.name}'`, { node: arg, property: 'name', code: 'unknown-argument' });
                    ok = false;
                    continue;
                }
            } else {
                param = positionalParams.filter((p) => !bound.has(p.name))[0];
                position++;
                if (!param) {
                    accept('error', `attribute '${name}' takes ${positionalParams.length} unnamed argument(s), got ${position}`, { node: arg, code: 'too-many-arguments' });
                    ok = false;
                    continue;
                }
            }
            if (bound.has(param.name)) {
                accept('error', `argument '${param.name}' of '${name}' is given twice`, { node: arg, code: 'duplicate-argument' });
                ok = false;
            }
            bound.add(param.name);
        }
        for (const param of decl.params) {
            if (param.type && !param.type.optional && !bound.has(param.name)) {
                accept('error', `attribute '${name}' requires argument '${param.name}'`, { node: attr, code: 'missing-argument' });
                ok = false;
            }
        }
        return ok;
    }

    #checkArgument(attr: AttributeApplication, param: AttributeParam, arg: AttributeArg, accept: ValidationAcceptor): void {
        const type = param.type;
        const value = arg.value;
        if (!value || !type) return;
        const problem = this.#argumentProblem(attr, type, value);
        if (problem) {
            accept('error', `invalid argument '${param.name}' of '${attributeName(attr)}': ${problem}`, { node: arg, code: 'invalid-argument' });
        }
    }

    #argumentProblem(attr: AttributeApplication, type: AttributeParamType, value: Expression): string | undefined {
        if (type.array) {
            // Prisma takes a lone field where a list of fields is expected: `@@index(email)`
            const loneField = type.type === 'FieldReference' || type.type === 'TransitiveFieldReference';
            if (!isArrayExpr(value)) return loneField ? this.#argumentProblem(attr, { ...type, array: false } as AttributeParamType, value) : `expected a list [ ... ]`;
            for (const item of value.items) {
                const problem = this.#argumentProblem(attr, { ...type, array: false } as AttributeParamType, item);
                if (problem) return problem;
            }
            return undefined;
        }
        switch (type.type) {
            case 'FieldReference':
            case 'TransitiveFieldReference':
                return isReferenceExpr(value) && isDataField(value.target?.ref) ? undefined : 'expected a field name';
            case 'ContextType':
                return this.#contextTypeProblem(attr, value);
            case 'Any':
                return undefined;
        }
        const actual = this.#typing.typeOf(value);
        const enumDecl = type.reference?.ref;
        if (isEnum(enumDecl)) {
            return isReferenceExpr(value) && isEnumField(value.target?.ref) && value.target.ref.$container === enumDecl
                ? undefined
                : `expected one of ${enumDecl.fields.map((f) => f.name).join(', ')}`;
        }
        const expected: ExpressionType = { kind: 'builtin', name: type.type ?? 'Any', array: false };
        return isAssignable(actual, expected) ? undefined : `expected ${describeType(expected)}, got ${describeType(actual)}`;
    }

    /** `@default(value)`: the value must fit the type of the field it sits on. */
    #contextTypeProblem(attr: AttributeApplication, value: Expression): string | undefined {
        const field = attr.$container;
        if (!isDataField(field)) return undefined;
        const actual = this.#typing.typeOf(value);
        const fieldType = field.type;
        if (!fieldType) return undefined;
        const decl = fieldType.reference?.ref;
        const expected: ExpressionType = decl
            ? { kind: 'decl', decl, array: fieldType.array }
            : { kind: 'builtin', name: fieldType.type ?? 'Any', array: fieldType.array };
        if (fieldType.unsupported) return undefined;
        return isAssignable(actual, expected) ? undefined : `expected ${describeType(expected)} for field '${field.name}', got ${describeType(actual)}`;
    }

    #checkOnce(attr: AttributeApplication, decl: Attribute, name: string, accept: ValidationAcceptor): void {
        if (!decl.attributes.some((a) => attributeName(a) === '@@@once')) return;
        const siblings = (attr.$container as { attributes?: AttributeApplication[] }).attributes ?? [];
        const first = siblings.find((a) => attributeName(a) === name);
        if (first && first !== attr) {
            accept('error', `attribute '${name}' can only be applied once`, { node: attr, code: 'duplicate-attribute' });
        }
    }

    #checkTarget(attr: AttributeApplication, decl: Attribute, name: string, accept: ValidationAcceptor): void {
        const container = attr.$container;
        if (isDataField(container) && isTypeDef(container.$container) && !decl.attributes.some((a) => attributeName(a) === '@@@supportTypeDef')) {
            accept('error', `attribute '${name}' cannot be used on fields of a type declaration`, { node: attr, code: 'attribute-target' });
            return;
        }
        if (isTypeDef(container) && !decl.attributes.some((a) => attributeName(a) === '@@@supportTypeDef')) {
            accept('error', `attribute '${name}' cannot be used on a type declaration`, { node: attr, code: 'attribute-target' });
            return;
        }
        const target = decl.attributes.find((a) => attributeName(a) === '@@@targetField');
        if (!target || !isDataField(container)) return;
        const list = target.args[0]?.value;
        if (!isArrayExpr(list)) return;
        const allowed = list.items.flatMap((i) => (isReferenceExpr(i) && i.target ? [i.target.$refText] : []));
        const kind = fieldKind(container);
        if (!allowed.includes(kind)) {
            const names = allowed.map((a) => a.replace(/Field$/, '')).join(', ');
            accept('error', `attribute '${name}' cannot be used on a field of type '${fieldTypeName(container)}' (allowed: ${names})`, { node: attr, code: 'attribute-target' });
        }
    }
}

function fieldKind(field: DataField): string {
    if (field.type?.type) return `${field.type.type}Field`;
    const decl = field.type?.reference?.ref;
    if (isDataModel(decl)) return 'ModelField';
    if (isTypeDef(decl)) return 'TypeDefField';
    if (isEnum(decl)) return 'EnumField';
    return 'UnsupportedField';
}
