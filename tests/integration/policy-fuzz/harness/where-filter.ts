import { MODELS, relatedMany, relatedOne, type ModelName, type Row, type ScalarValue, type State } from './data-model.js';

export type Plain = Record<string, unknown>;

/** What a query sees of the database: the rows, and which of them the user may read. */
export interface View {
    readonly state: State;
    readonly readable: (model: ModelName, row: Row) => boolean;
}

/** SQL's three-valued logic: scalar comparisons with NULL are unknown (null). */
type Truth = boolean | null;

const and3 = (values: readonly Truth[]): Truth => (values.includes(false) ? false : values.includes(null) ? null : true);
const or3 = (values: readonly Truth[]): Truth => (values.includes(true) ? true : values.includes(null) ? null : false);
const not3 = (value: Truth): Truth => (value === null ? null : !value);

export function isPlain(value: unknown): value is Plain {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether `row` matches a Prisma `where`, as the database decides it: scalar filters in SQL's
 * three-valued logic, relation filters seeing only related rows the view lets the user read
 * (the read rules the runtime adds to them), `is: null` on the foreign key alone.
 */
export function matchesWhere(view: View, model: ModelName, row: Row, where: unknown): boolean {
    return evaluate(view, model, row, where) === true;
}

function evaluate(view: View, model: ModelName, row: Row, where: unknown): Truth {
    if (where === undefined) return true;
    if (!isPlain(where)) throw new Error(`unsupported where ${JSON.stringify(where)}`);
    const parts: Truth[] = [];
    for (const [key, value] of Object.entries(where)) {
        if (value === undefined) continue;
        if (key === 'AND') parts.push(and3(asList(value).map((w) => evaluate(view, model, row, w))));
        else if (key === 'OR') parts.push(or3(asList(value).map((w) => evaluate(view, model, row, w))));
        else if (key === 'NOT') parts.push(and3(asList(value).map((w) => not3(evaluate(view, model, row, w)))));
        else if (MODELS[model].relations[key]) parts.push(relationFilter(view, model, row, key, value));
        else if (MODELS[model].scalars[key]) parts.push(scalarFilter(row[key] ?? null, value));
        else throw new Error(`unknown field ${model}.${key} in where`);
    }
    return and3(parts);
}

function asList(value: unknown): unknown[] {
    return Array.isArray(value) ? value : [value];
}

function relationFilter(view: View, model: ModelName, row: Row, field: string, filter: unknown): Truth {
    const relation = MODELS[model].relations[field]!;
    const target = relation.target;
    if (relation.kind === 'many') {
        if (!isPlain(filter)) throw new Error(`unsupported to-many filter on ${model}.${field}`);
        const related = relatedMany(view.state, model, row, field).filter((r) => view.readable(target, r));
        const parts: boolean[] = [];
        // `every` holds unless a readable row fails the filter (NOT EXISTS ... WHERE NOT filter)
        if (filter.every !== undefined) parts.push(related.every((r) => evaluate(view, target, r, filter.every) !== false));
        if (filter.some !== undefined) parts.push(related.some((r) => evaluate(view, target, r, filter.some) === true));
        if (filter.none !== undefined) parts.push(!related.some((r) => evaluate(view, target, r, filter.none) === true));
        return parts.every(Boolean);
    }
    // a to-one filter is a join: `is` holds when the joined row is there (and readable) and
    // matches; `isNot` is its negation in SQL, unknown when the filter is unknown on the row
    const related = relatedOne(view.state, model, row, field);
    const is = (where: unknown): Truth => (related === null || !view.readable(target, related) ? false : evaluate(view, target, related, where));
    if (filter === null) return row[relation.fk] === null;
    if (!isPlain(filter)) throw new Error(`unsupported to-one filter on ${model}.${field}`);
    const keys = Object.keys(filter);
    if (keys.length === 0 || !keys.every((k) => k === 'is' || k === 'isNot')) return is(filter);
    const parts: Truth[] = [];
    if ('is' in filter) parts.push(filter.is === null ? row[relation.fk] === null : is(filter.is));
    if ('isNot' in filter) parts.push(filter.isNot === null ? row[relation.fk] !== null : not3(is(filter.isNot)));
    return and3(parts);
}

function scalarFilter(value: ScalarValue, filter: unknown): Truth {
    if (!isPlain(filter)) return equals(value, filter as ScalarValue);
    const parts: Truth[] = [];
    for (const [op, operand] of Object.entries(filter)) {
        if (operand === undefined) continue;
        parts.push(scalarCondition(value, op, operand));
    }
    return and3(parts);
}

function equals(value: ScalarValue, operand: ScalarValue): Truth {
    if (operand === null) return value === null;
    return value === null ? null : value === operand;
}

function scalarCondition(value: ScalarValue, op: string, operand: unknown): Truth {
    switch (op) {
        case 'equals':
            return equals(value, operand as ScalarValue);
        case 'not':
            if (isPlain(operand)) return not3(scalarFilter(value, operand));
            return not3(equals(value, operand as ScalarValue));
        case 'in':
            return (operand as ScalarValue[]).length === 0 ? false : value === null ? null : (operand as ScalarValue[]).includes(value);
        case 'notIn':
            return (operand as ScalarValue[]).length === 0 ? true : value === null ? null : !(operand as ScalarValue[]).includes(value);
    }
    if (value === null) return null;
    switch (op) {
        case 'lt':
            return (value as number) < (operand as number);
        case 'lte':
            return (value as number) <= (operand as number);
        case 'gt':
            return (value as number) > (operand as number);
        case 'gte':
            return (value as number) >= (operand as number);
        case 'contains':
            return String(value).includes(operand as string);
        case 'startsWith':
            return String(value).startsWith(operand as string);
        case 'endsWith':
            return String(value).endsWith(operand as string);
        default:
            throw new Error(`unsupported scalar filter ${op}`);
    }
}
