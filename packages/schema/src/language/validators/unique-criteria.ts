import type { DataField, DataModel } from '../generated/ast.js';
import { attributeName, getAllAttributes, getAncestors, getArgument, hasAttribute } from '../ast-utils.js';
import { referencedFields } from './attribute-args.js';

/** A set of fields whose values identify at most one row. */
export interface UniqueCriterion {
    readonly fields: readonly DataField[];
    /** every field is required: only such criteria count as Prisma's unique identifier */
    readonly required: boolean;
}

/** The criteria declared by @id, @@id, @unique and @@unique, inherited ones included. */
export function uniqueCriteria(model: DataModel): UniqueCriterion[] {
    const criteria: UniqueCriterion[] = [];
    // an optional @id/@@id field is reported where it is declared, so the id still counts here
    const add = (fields: DataField[], isId: boolean) => {
        if (fields.length > 0) criteria.push({ fields, required: isId || fields.every(isRequired) });
    };
    // every declaration counts, so a duplicate field does not also hide the model's @id
    for (const field of [...getAncestors(model), model].flatMap((d) => d.fields)) {
        if (hasAttribute(field, '@id')) add([field], true);
        else if (hasAttribute(field, '@unique')) add([field], false);
    }
    for (const attr of getAllAttributes(model)) {
        const name = attributeName(attr);
        if (name === '@@id' || name === '@@unique') add(referencedFields(getArgument(attr, 'fields')?.value), name === '@@id');
    }
    return criteria;
}

/** Whether the given fields are, in any order, exactly one of the model's unique criteria (as Prisma requires). */
export function isUniqueCriterion(model: DataModel, fields: readonly DataField[]): boolean {
    const wanted = new Set(fields);
    return uniqueCriteria(model).some((c) => c.fields.length === wanted.size && c.fields.every((f) => wanted.has(f)));
}

/** Neither optional nor a list: Prisma's notion of a required field. */
export function isRequired(field: DataField): boolean {
    return !field.type?.optional && !field.type?.array;
}
