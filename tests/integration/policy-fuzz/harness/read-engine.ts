import { MODELS, relatedMany, relatedOne, scalarNames, type ModelName, type Row } from './data-model.js';
import { isPlain, matchesWhere, type Plain, type View } from './where-filter.js';

/**
 * Prisma's reads over in-memory rows, for a user: only readable rows, included relations
 * filtered the same way, an unreadable optional to-one relation as null and a parent whose
 * selected required to-one relation is unreadable left out.
 */
export function findRows(view: View, model: ModelName, args: Plain): Row[] {
    const rows = view.state[model].filter((row) => visibleWith(view, model, row, args) && matchesWhere(view, model, row, args.where));
    return page(sortRows(rows, args.orderBy), args);
}

/** Whether a row may be returned with the relations `args` selects. */
export function visibleWith(view: View, model: ModelName, row: Row, args: Plain): boolean {
    return view.readable(model, row) && requiredRelationsReadable(view, model, row, args);
}

function requiredRelationsReadable(view: View, model: ModelName, row: Row, args: Plain): boolean {
    for (const [field, value] of Object.entries(selectionOf(args))) {
        const relation = MODELS[model].relations[field];
        if (!relation || relation.kind !== 'one' || relation.optional || !value) continue;
        const related = relatedOne(view.state, model, row, field);
        if (related === null || !visibleWith(view, relation.target, related, isPlain(value) ? value : {})) return false;
    }
    return true;
}

function selectionOf(args: Plain): Plain {
    return { ...(isPlain(args.include) ? args.include : {}), ...(isPlain(args.select) ? args.select : {}) };
}

export function sortRows(rows: readonly Row[], orderBy: unknown): Row[] {
    const keys = (orderBy === undefined ? [] : Array.isArray(orderBy) ? orderBy : [orderBy]).flatMap((o) => Object.entries(o as Plain)) as [string, 'asc' | 'desc'][];
    return [...rows].sort((a, b) => {
        for (const [field, direction] of keys) {
            const x = a[field]!;
            const y = b[field]!;
            if (x === y) continue;
            const less = typeof x === 'boolean' ? !x && (y as boolean) : x < y;
            return (less ? -1 : 1) * (direction === 'desc' ? -1 : 1);
        }
        return 0;
    });
}

export function page<T>(rows: readonly T[], args: Plain): T[] {
    const skip = (args.skip as number | undefined) ?? 0;
    const take = args.take as number | undefined;
    return rows.slice(skip, take === undefined ? undefined : skip + take);
}

/** A row as Prisma returns it for `select`/`include`/`omit`. */
export function projectRow(view: View, model: ModelName, row: Row, args: Plain): Plain {
    const out: Plain = {};
    if (isPlain(args.select)) {
        for (const [field, value] of Object.entries(args.select)) {
            if (!value) continue;
            out[field] = field === '_count' ? counts(view, model, row, value) : MODELS[model].scalars[field] ? row[field] : relationValue(view, model, row, field, value);
        }
        return out;
    }
    const omit = isPlain(args.omit) ? args.omit : {};
    for (const field of scalarNames(model)) if (!omit[field]) out[field] = row[field];
    for (const [field, value] of Object.entries(isPlain(args.include) ? args.include : {})) {
        if (!value) continue;
        out[field] = field === '_count' ? counts(view, model, row, value) : relationValue(view, model, row, field, value);
    }
    return out;
}

function relationValue(view: View, model: ModelName, row: Row, field: string, value: unknown): unknown {
    const relation = MODELS[model].relations[field]!;
    const args = isPlain(value) ? value : {};
    if (relation.kind === 'many') {
        const related = relatedMany(view.state, model, row, field).filter((r) => visibleWith(view, relation.target, r, args) && matchesWhere(view, relation.target, r, args.where));
        return page(sortRows(related, args.orderBy), args).map((r) => projectRow(view, relation.target, r, args));
    }
    const related = relatedOne(view.state, model, row, field);
    // a required relation that is unreadable left the parent out before
    return related !== null && visibleWith(view, relation.target, related, args) ? projectRow(view, relation.target, related, args) : null;
}

function counts(view: View, model: ModelName, row: Row, value: unknown): Plain {
    const lists = Object.entries(MODELS[model].relations).filter(([, r]) => r.kind === 'many');
    const wanted: Plain = value === true ? Object.fromEntries(lists.map(([name]) => [name, true])) : ((value as Plain).select as Plain);
    const out: Plain = {};
    for (const [field, spec] of Object.entries(wanted)) {
        if (!spec) continue;
        const target = MODELS[model].relations[field]!.target;
        const where = isPlain(spec) ? spec.where : undefined;
        out[field] = relatedMany(view.state, model, row, field).filter((r) => view.readable(target, r) && matchesWhere(view, target, r, where)).length;
    }
    return out;
}
