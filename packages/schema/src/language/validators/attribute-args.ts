import { isArrayExpr, isDataField, isLiteralExpr, isReferenceExpr, type DataField, type Expression } from '../generated/ast.js';

/** The value of a string literal, or undefined for anything else. */
export function stringLiteral(expr: Expression | undefined): string | undefined {
    return isLiteralExpr(expr) && typeof expr.value === 'string' ? expr.value : undefined;
}

/** The items of a field list argument; Prisma also takes a lone field where a list is expected. */
export function listItems(expr: Expression | undefined): Expression[] {
    if (!expr) return [];
    return isArrayExpr(expr) ? (expr.items ?? []) : [expr];
}

/** The field an item of a field list names, or undefined when it names none. */
export function referencedField(item: Expression | undefined): DataField | undefined {
    if (!isReferenceExpr(item)) return undefined;
    const target = item.target?.ref;
    return isDataField(target) ? target : undefined;
}

/** The fields named by a field list argument, skipping items that name none. */
export function referencedFields(expr: Expression | undefined): DataField[] {
    return listItems(expr).flatMap((item) => {
        const field = referencedField(item);
        return field ? [field] : [];
    });
}
