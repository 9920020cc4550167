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

/** A `where` that Prisma accepts: `false` matches no row, `true` every row. */
export function toWhere(filter: Filter): Plain {
    if (filter === true) return {};
    if (filter === false) return { OR: [] };
    return filter;
}

/** Combines a user's `where` with a policy filter. */
export function andWhere(where: unknown, filter: Filter): Plain | undefined {
    if (filter === true) return where as Plain | undefined;
    const hasWhere = typeof where === 'object' && where !== null && Object.keys(where).length > 0;
    return hasWhere ? { AND: [where as Plain, toWhere(filter)] } : toWhere(filter);
}

/** Adds a policy filter to a unique `where`, keeping its unique fields at the top as Prisma requires. */
export function andUniqueWhere(where: unknown, filter: Filter): Plain {
    const base = (where ?? {}) as Plain;
    if (filter === true) return base;
    const existing = base.AND === undefined ? [] : Array.isArray(base.AND) ? base.AND : [base.AND];
    return { ...base, AND: [...existing, toWhere(filter)] };
}
