import type { DelegateHierarchy } from '../hierarchy.js';
import { isPlainObject, type Plain } from './paths.js';
import type { ReadPlan } from './read-plan.js';

/**
 * Turns a physical row into the logical one: the base's fields (from `delegate_aux_<base>`)
 * come first, then the model's own, then a sub model's (from the one non-null
 * `delegate_aux_<sub>`); relation counts are combined; related rows are merged likewise.
 */
export function mergeRow(h: DelegateHierarchy, plan: ReadPlan, row: unknown): unknown {
    if (!isPlainObject(row)) return row;
    const result: Plain = {};
    let count: Plain | undefined;
    const addCount = (value: unknown) => {
        if (isPlainObject(value)) count = { ...count, ...value };
    };

    if (plan.up) {
        const base = mergeRow(h, plan.up, row[h.auxToBase(plan.model)]);
        if (isPlainObject(base)) {
            for (const [key, value] of Object.entries(base)) {
                if (key === '_count') addCount(value);
                else result[key] = value;
            }
        }
    }
    for (const [key, value] of Object.entries(row)) {
        if (h.isAuxField(key)) continue;
        if (key === '_count') {
            addCount(value);
            continue;
        }
        const related = plan.relations.get(key);
        result[key] = related ? mergeRelated(h, related, value) : value;
    }
    if (plan.down) {
        for (const [sub, subPlan] of plan.down) {
            const subRow = row[h.auxToSub(sub)];
            if (!isPlainObject(subRow)) continue;
            const merged = mergeRow(h, subPlan, subRow) as Plain;
            for (const [key, value] of Object.entries(merged)) {
                // the sub model's copy of the id adds nothing
                if (!(key in result)) result[key] = value;
            }
        }
    }
    if (count) result._count = count;
    return result;
}

function mergeRelated(h: DelegateHierarchy, plan: ReadPlan, value: unknown): unknown {
    return Array.isArray(value) ? value.map((row) => mergeRow(h, plan, row)) : mergeRow(h, plan, value);
}

/** Whether a plan changes anything, so that plain reads skip the merge. */
export function planNeedsMerge(plan: ReadPlan): boolean {
    return Boolean(plan.up || plan.down || [...plan.relations.values()].some(planNeedsMerge));
}
