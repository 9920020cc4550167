import type { Plain } from '../delegate/rewrite/paths.js';

/** A policy condition for one model: always, never, or a Prisma `where`. */
export type Filter = boolean | Plain;

export function and(...filters: Filter[]): Filter {
    const parts: Plain[] = [];
    for (const f of filters) {
        if (f === false) return false;
        if (f !== true) parts.push(f);
    }
    return parts.length === 0 ? true : parts.length === 1 ? parts[0]! : { AND: parts };
}

export function or(...filters: Filter[]): Filter {
    const parts: Plain[] = [];
    for (const f of filters) {
        if (f === true) return true;
        if (f !== false) parts.push(f);
    }
    return parts.length === 0 ? false : parts.length === 1 ? parts[0]! : { OR: parts };
}

export function not(filter: Filter): Filter {
    return typeof filter === 'boolean' ? !filter : { NOT: filter };
}

/**
 * A `where` that matches no row of a model. Not `{ OR: [] }`: Prisma 6 drops that as an element
 * of `AND`, which would turn "never" into "always"; an empty `in` on the id holds anywhere.
 */
export function noRows(idField: string): Plain {
    return { [idField]: { in: [] } };
}

/** A `where` that Prisma accepts: `false` matches no row (given the model's id field), `true` every row. */
export function toWhere(filter: Filter, idField: string): Plain {
    if (filter === true) return {};
    if (filter === false) return noRows(idField);
    return filter;
}

/** Combines a user's `where` with a policy filter. */
export function andWhere(where: unknown, filter: Filter, idField: string): Plain | undefined {
    if (filter === true) return where as Plain | undefined;
    const hasWhere = typeof where === 'object' && where !== null && Object.keys(where).length > 0;
    return hasWhere ? { AND: [where as Plain, toWhere(filter, idField)] } : toWhere(filter, idField);
}

/** Adds a policy filter to a unique `where`, keeping its unique fields at the top as Prisma requires. */
export function andUniqueWhere(where: unknown, filter: Filter, idField: string): Plain {
    const base = (where ?? {}) as Plain;
    if (filter === true) return base;
    const existing = base.AND === undefined ? [] : Array.isArray(base.AND) ? base.AND : [base.AND];
    return { ...base, AND: [...existing, toWhere(filter, idField)] };
}
