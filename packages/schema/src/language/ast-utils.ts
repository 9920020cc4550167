import { AstUtils, type AstNode } from 'langium';
import {
    isDataModel,
    isEnum,
    isModel,
    isTypeDef,
    type Attribute,
    type AttributeArg,
    type DataField,
    type DataFieldAttribute,
    type DataModel,
    type DataModelAttribute,
    type Enum,
    type InternalAttribute,
    type Model,
    type TypeDef,
} from './generated/ast.js';

export type AttributeApplication = DataModelAttribute | DataFieldAttribute | InternalAttribute;
export type FieldContainer = DataModel | TypeDef;

/** The models and types a declaration extends, nearest first, each once even with cycles. */
export function getAncestors(decl: FieldContainer): FieldContainer[] {
    const seen = new Set<FieldContainer>([decl]);
    const result: FieldContainer[] = [];
    const visit = (d: FieldContainer) => {
        for (const ref of d.superTypes) {
            const base = ref.ref as FieldContainer | undefined;
            if (base && !seen.has(base)) {
                seen.add(base);
                result.push(base);
                visit(base);
            }
        }
    };
    visit(decl);
    return result;
}

/** Own fields plus inherited ones; an own field overrides an inherited one of the same name. */
export function getAllFields(decl: FieldContainer): DataField[] {
    const byName = new Map<string, DataField>();
    const chain = [...getAncestors(decl)].reverse();
    for (const d of [...chain, decl]) {
        for (const f of d.fields) byName.set(f.name, f);
    }
    return [...byName.values()];
}

export function getAllAttributes(decl: FieldContainer): DataModelAttribute[] {
    const chain = [...getAncestors(decl)].reverse();
    return [...chain, decl].flatMap((d) => d.attributes);
}

export function attributeName(attr: AttributeApplication): string {
    return attr.decl?.$refText ?? '';
}

export function findAttribute<T extends AttributeApplication>(attrs: readonly T[], name: string): T | undefined {
    return attrs.find((a) => attributeName(a) === name);
}

export function hasAttribute(node: { attributes: readonly AttributeApplication[] }, name: string): boolean {
    return node.attributes.some((a) => attributeName(a) === name);
}

/** The argument bound to a parameter: by name, or by position for `_` parameters. */
export function getArgument(attr: AttributeApplication, paramName: string): AttributeArg | undefined {
    const named = attr.args.find((a) => a.name === paramName);
    if (named) return named;
    const decl = attr.decl?.ref as Attribute | undefined;
    if (!decl) return paramName === '' ? attr.args[0] : undefined;
    const positional = attr.args.filter((a) => !a.name);
    const index = decl.params.filter((p) => p.positional).findIndex((p) => p.name === paramName);
    return index >= 0 ? positional[index] : undefined;
}

export function getModelRoot(node: AstNode): Model {
    return AstUtils.getContainerOfType(node, isModel)!;
}

export function getContainingDeclaration(node: AstNode): FieldContainer | undefined {
    return AstUtils.getContainerOfType(node, (n): n is FieldContainer => isDataModel(n) || isTypeDef(n));
}

export function isDelegateModel(decl: FieldContainer): boolean {
    return isDataModel(decl) && hasAttribute(decl, '@@delegate');
}

export function isEnumField(field: DataField): boolean {
    return isEnum(field.type?.reference?.ref);
}

export function isRelationField(field: DataField): boolean {
    return isDataModel(field.type?.reference?.ref);
}

export function fieldTypeName(field: DataField): string {
    return field.type?.type ?? field.type?.reference?.$refText ?? 'Unsupported';
}

export type TypeDeclaration = DataModel | TypeDef | Enum;
