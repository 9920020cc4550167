import { asArray, isPlainObject, type Plain } from '../rewrite/paths.js';

type Aggregator = '_count' | '_sum' | '_avg' | '_min' | '_max';
const AGGREGATORS: readonly Aggregator[] = ['_count', '_sum', '_avg', '_min', '_max'];

/**
 * Prisma's `groupBy` semantics over rows already read: group by `by`, aggregate, filter with
 * `having`, order, then `skip`/`take`. Used when a group spans a base's and a sub model's table.
 */
export function groupInMemory(rows: readonly Plain[], args: Plain): Plain[] {
    const by = asArray(args.by as string | string[]);
    const groups = new Map<string, Plain[]>();
    for (const row of rows) {
        const key = JSON.stringify(by.map((f) => comparable(row[f])));
        groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    let result = [...groups.values()].map((members) => {
        const group: Plain = Object.fromEntries(by.map((f) => [f, members[0]![f]]));
        for (const aggregator of AGGREGATORS) {
            const spec = args[aggregator];
            if (spec === undefined || spec === false) continue;
            group[aggregator] = aggregator === '_count' && spec === true ? members.length : aggregateFields(aggregator, spec as Plain, members);
        }
        return { group, members };
    });
    if (args.having) result = result.filter(({ members, group }) => matchesHaving(args.having as Plain, group, members));
    const ordered = result.map(({ group }) => group);
    const orderBy = asArray<Plain>(args.orderBy as Plain | Plain[]);
    if (orderBy.length > 0) ordered.sort((a, b) => compareBy(orderBy, a, b));
    const skip = typeof args.skip === 'number' ? args.skip : 0;
    const take = typeof args.take === 'number' ? args.take : undefined;
    return ordered.slice(skip, take === undefined ? undefined : skip + take);
}

function aggregateFields(aggregator: Aggregator, spec: Plain, rows: readonly Plain[]): Plain {
    return Object.fromEntries(Object.keys(spec).filter((f) => spec[f]).map((f) => [f, aggregateField(aggregator, f, rows)]));
}

function aggregateField(aggregator: Aggregator, field: string, rows: readonly Plain[]): unknown {
    if (aggregator === '_count') return field === '_all' ? rows.length : rows.filter((r) => r[field] !== null && r[field] !== undefined).length;
    const values = rows.map((r) => r[field]).filter((v) => v !== null && v !== undefined);
    if (values.length === 0) return null;
    switch (aggregator) {
        case '_sum':
            return values.slice(1).reduce<unknown>((acc, v) => add(acc, v), values[0]);
        case '_avg':
            return values.reduce((acc: number, v) => acc + Number(v), 0) / values.length;
        case '_min':
            return values.reduce((acc, v) => (compare(v, acc) < 0 ? v : acc));
        case '_max':
            return values.reduce((acc, v) => (compare(v, acc) > 0 ? v : acc));
    }
}

function add(a: unknown, b: unknown): unknown {
    if (typeof a === 'bigint' || typeof b === 'bigint') return BigInt(a as bigint) + BigInt(b as bigint);
    return Number(a) + Number(b);
}

function comparable(value: unknown): unknown {
    return value instanceof Date ? value.getTime() : typeof value === 'bigint' ? value.toString() : value;
}

function compare(a: unknown, b: unknown): number {
    const x = comparable(a) as number | string;
    const y = comparable(b) as number | string;
    if (x === y) return 0;
    if (x === null || x === undefined) return -1;
    if (y === null || y === undefined) return 1;
    return x < y ? -1 : 1;
}

function compareBy(orderBy: readonly Plain[], a: Plain, b: Plain): number {
    for (const item of orderBy) {
        for (const [key, value] of Object.entries(item)) {
            const entries: [unknown, unknown, unknown][] =
                AGGREGATORS.includes(key as Aggregator) && isPlainObject(value)
                    ? Object.entries(value).map(([f, dir]) => [(a[key] as Plain | undefined)?.[f], (b[key] as Plain | undefined)?.[f], dir])
                    : [[a[key], b[key], value]];
            for (const [x, y, direction] of entries) {
                const sort = isPlainObject(direction) ? direction.sort : direction;
                const result = compare(x, y) * (sort === 'desc' ? -1 : 1);
                if (result !== 0) return result;
            }
        }
    }
    return 0;
}

function matchesHaving(having: Plain, group: Plain, members: readonly Plain[]): boolean {
    return Object.entries(having).every(([key, condition]) => {
        if (key === 'AND') return asArray<Plain>(condition as Plain | Plain[]).every((c) => matchesHaving(c, group, members));
        if (key === 'OR') return asArray<Plain>(condition as Plain | Plain[]).some((c) => matchesHaving(c, group, members));
        if (key === 'NOT') return !asArray<Plain>(condition as Plain | Plain[]).some((c) => matchesHaving(c, group, members));
        if (!isPlainObject(condition)) return matchesScalar(group[key], { equals: condition });
        return Object.entries(condition).every(([op, filter]) =>
            AGGREGATORS.includes(op as Aggregator)
                ? matchesScalar(aggregateField(op as Aggregator, key, members), filter)
                : matchesScalar(group[key], { [op]: filter }),
        );
    });
}

/** Prisma's scalar filters, as far as `having` uses them. */
export function matchesScalar(value: unknown, filter: unknown): boolean {
    if (!isPlainObject(filter)) return compare(value, filter) === 0;
    const insensitive = filter.mode === 'insensitive';
    const text = (v: unknown) => (insensitive ? String(v).toLowerCase() : String(v));
    return Object.entries(filter).every(([op, operand]) => {
        switch (op) {
            case 'equals':
                return compare(value, operand) === 0;
            case 'not':
                return isPlainObject(operand) ? !matchesScalar(value, operand) : compare(value, operand) !== 0;
            case 'in':
                return asArray(operand).some((o) => compare(value, o) === 0);
            case 'notIn':
                return !asArray(operand).some((o) => compare(value, o) === 0);
            case 'lt':
                return compare(value, operand) < 0;
            case 'lte':
                return compare(value, operand) <= 0;
            case 'gt':
                return compare(value, operand) > 0;
            case 'gte':
                return compare(value, operand) >= 0;
            case 'contains':
                return text(value).includes(text(operand));
            case 'startsWith':
                return text(value).startsWith(text(operand));
            case 'endsWith':
                return text(value).endsWith(text(operand));
            case 'mode':
                return true;
            default:
                throw new Error(`groupBy having: the filter '${op}' is not supported on fields of more than one table`);
        }
    });
}
