import type { Plain } from '../rewrite/paths.js';

/** The arguments without `select`/`include`/`omit`, which are rewritten separately. */
export function withoutSelection(args: Plain): Plain {
    const { select: _select, include: _include, omit: _omit, ...rest } = args;
    return rest;
}

export function selectionOf(args: Plain): Plain {
    return Object.fromEntries(['select', 'include', 'omit'].filter((k) => args[k] !== undefined).map((k) => [k, args[k]]));
}
