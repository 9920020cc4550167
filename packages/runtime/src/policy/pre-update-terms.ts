import type { Expression, ModelMeta } from '@zenstackhq/sdk';

/**
 * The parts of post-update rules that must be decided before the update: conditions that don't
 * use `future()` but follow a relation of the row (`org.members?[banned]`, `check(owner)`). A
 * relation reached from a plain field means the related rows as they were, which a filter on
 * the updated row can't see once a foreign key has changed. Each term is a maximal such
 * condition in boolean position (an operand of `&&`, `||`, `!`, or the whole rule).
 */
export function preUpdateTerms(meta: ModelMeta, model: string, conditions: readonly Expression[]): Expression[] {
    const terms: Expression[] = [];
    const visit = (expr: Expression): void => {
        if (expr.kind === 'binary' && (expr.operator === '&&' || expr.operator === '||')) {
            visit(expr.left);
            visit(expr.right);
        } else if (expr.kind === 'unary') {
            visit(expr.operand);
        } else if (!usesFuture(expr) && followsRelation(meta, model, expr)) {
            terms.push(expr);
        }
    };
    conditions.forEach(visit);
    return terms;
}

function children(expr: Expression): readonly Expression[] {
    switch (expr.kind) {
        case 'array':
            return expr.items;
        case 'member':
            return [expr.operand];
        case 'call':
            return expr.args;
        case 'binary':
            return [expr.left, expr.right];
        case 'unary':
            return [expr.operand];
        case 'collection':
            return [expr.collection, expr.predicate];
        default:
            return [];
    }
}

function usesFuture(expr: Expression): boolean {
    return (expr.kind === 'call' && expr.function === 'future') || children(expr).some(usesFuture);
}

/** Whether the condition reads a relation of the row (inside a collection predicate, names are the related model's). */
function followsRelation(meta: ModelMeta, model: string, expr: Expression): boolean {
    if (expr.kind === 'field') return meta.models[model]?.fields[expr.name]?.kind === 'object';
    if (expr.kind === 'collection') return true;
    return children(expr).some((child) => followsRelation(meta, model, child));
}

/** The plain (pre-update) fields of the row that post-update rules read: `views` in `future().views >= views`. */
export function preUpdateFields(meta: ModelMeta, model: string, conditions: readonly Expression[]): string[] {
    const fields = new Set<string>();
    walkRow(conditions, (expr) => {
        if (isFutureField(expr)) return false;
        if (expr.kind !== 'field') return true;
        const info = meta.models[model]?.fields[expr.name];
        if (info && info.kind !== 'object') fields.add(expr.name);
        return false;
    });
    return [...fields];
}

/** The fields post-update rules read through `future()`; `future()` on its own reads the id. */
export function futureFields(meta: ModelMeta, model: string, conditions: readonly Expression[]): string[] {
    const fields = new Set<string>();
    walkRow(conditions, (expr) => {
        if (isFutureField(expr)) {
            fields.add(expr.member);
            return false;
        }
        if (expr.kind === 'call' && expr.function === 'future') meta.models[model]?.idFields.forEach((id) => fields.add(id));
        return true;
    });
    return [...fields];
}

function isFutureField(expr: Expression): expr is Extract<Expression, { kind: 'member' }> {
    return expr.kind === 'member' && expr.operand.kind === 'call' && expr.operand.function === 'future';
}

/**
 * Visits the parts of conditions that speak of the row itself: a collection predicate names the
 * related model's fields, so only the collection is visited. `visit` returning false skips an
 * expression's children.
 */
function walkRow(conditions: readonly Expression[], visit: (expr: Expression) => boolean): void {
    const walk = (expr: Expression): void => {
        if (!visit(expr)) return;
        if (expr.kind === 'collection') return walk(expr.collection);
        children(expr).forEach(walk);
    };
    conditions.forEach(walk);
}
