/**
 * Prisma's fluent API as pure data: `db.user.findUnique(a).posts(b)` runs
 * `findUnique({ ...a, select: { posts: b ?? true } })` and picks `result.posts`.
 */

/** Where in the args a fluent relation's selection goes: `['select', 'posts', 'select', 'author']`. */
export type SelectionPath = readonly string[];

/** Appends a relation to a selection path. */
export function extendSelectionPath(path: SelectionPath, relationField: string): SelectionPath {
    return [...path, 'select', relationField];
}

/**
 * Returns new args with `value` set at `path`, copying (never mutating) every object along it,
 * exactly as Prisma builds a fluent query.
 */
export function setAtSelectionPath(args: unknown, path: SelectionPath, value: unknown): Record<string, unknown> {
    return path.reduceRight<unknown>((inner, key, index) => ({ ...asRecord(getAt(args, path.slice(0, index))), [key]: inner }), value) as Record<
        string,
        unknown
    >;
}

/** Picks the fluent relation out of a result; null-safe like Prisma's. */
export function pickAtSelectionPath(result: unknown, path: SelectionPath): unknown {
    return path.filter((key) => key !== 'select').reduce<unknown>((value, key) => (value == null ? value : asRecord(value)[key]), result);
}

function getAt(value: unknown, path: SelectionPath): unknown {
    return path.reduce<unknown>((current, key) => (current == null ? undefined : asRecord(current)[key]), value);
}

function asRecord(value: unknown): Record<string, unknown> {
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}
