import type { DelegateHierarchy } from '../hierarchy.js';
import type { ReadPlan } from './read-plan.js';
import { rewriteOrderBy } from './order-by.js';
import { isPlainObject, type Plain } from './paths.js';
import { rewriteWhere } from './where.js';

/** What one table (a model or one of its bases) selects in the physical query. */
interface LevelSelection {
    select: Plain;
    include: Plain;
    omit: Plain;
    count: Plain | true | undefined;
}

export interface PhysicalRead {
    readonly args: Plain;
    readonly plan: ReadPlan;
}

const SELECTION_KEYS = new Set(['select', 'include', 'omit']);

/**
 * Rewrites the arguments of a read of the logical `model` (or of a nested relation read) into
 * a physical query: each selected field is fetched from the table that stores it through the
 * `delegate_aux_*` relations, a base read also fetches its sub models' rows (`withSubModels`),
 * and filters and orderings move likewise. Returns the new arguments and how to merge the rows.
 */
export function rewriteRead(h: DelegateHierarchy, model: string, args: Plain | undefined, withSubModels = true): PhysicalRead {
    const source = args ?? {};
    if (!h.reachesPolymorphic(model)) return { args: source, plan: { model, relations: new Map() } };
    const out: Plain = {};
    for (const [key, value] of Object.entries(source)) {
        if (SELECTION_KEYS.has(key) || value === undefined) continue;
        if (key === 'where') out.where = rewriteWhere(h, model, value);
        else if (key === 'orderBy') out.orderBy = rewriteOrderBy(h, model, value);
        else if (key === 'cursor') out.cursor = value;
        else out[key] = value;
    }
    const { selection, plan } = rewriteSelection(h, model, source, withSubModels);
    return { args: { ...out, ...selection }, plan };
}

/** Rewrites only `select`/`include`/`omit`, e.g. for the result of a write. */
export function rewriteSelection(h: DelegateHierarchy, model: string, source: Plain, withSubModels: boolean): { selection: Plain; plan: ReadPlan } {
    const selectMode = isPlainObject(source.select);
    const chain = [model, ...h.ancestors(model)];
    const levels = new Map<string, LevelSelection>(chain.map((m) => [m, { select: {}, include: {}, omit: {}, count: undefined }]));
    const relations = new Map<string, Map<string, ReadPlan>>(chain.map((m) => [m, new Map()]));

    const placeRelation = (key: string, value: unknown, target: string, bucket: 'select' | 'include') => {
        const storage = h.storageOf(model, key);
        if (value === false) return;
        const nested = rewriteRead(h, target, value === true ? undefined : (value as Plain), true);
        levels.get(storage)![bucket][key] = isEmpty(nested.args) ? true : nested.args;
        relations.get(storage)!.set(key, nested.plan);
    };

    if (selectMode) {
        for (const [key, value] of Object.entries(source.select as Plain)) {
            if (key === '_count') placeCount(h, model, value, levels);
            else {
                const field = h.field(model, key);
                if (field?.kind === 'object') placeRelation(key, value, field.type, 'select');
                else if (field) levels.get(h.readStorageOf(model, key))!.select[key] = value;
                else levels.get(model)!.select[key] = value;
            }
        }
    } else {
        for (const [key, value] of Object.entries((source.include as Plain | undefined) ?? {})) {
            if (key === '_count') placeCount(h, model, value, levels);
            else {
                const field = h.field(model, key);
                if (field?.kind === 'object') placeRelation(key, value, field.type, 'include');
                else levels.get(model)!.include[key] = value;
            }
        }
        for (const [key, value] of Object.entries((source.omit as Plain | undefined) ?? {})) {
            const storage = h.field(model, key) ? h.readStorageOf(model, key) : model;
            levels.get(storage)!.omit[key] = value;
        }
    }

    // link the levels bottom-up: each base's selection hangs under its sub model's aux field
    let upPlan: ReadPlan | undefined;
    let upSelection: Plain | true | undefined;
    for (const level of [...chain].reverse()) {
        const selection = levelArgs(levels.get(level)!, selectMode);
        const plan: ReadPlan = { model: level, relations: relations.get(level)!, ...(upPlan ? { up: upPlan } : {}) };
        if (upSelection !== undefined) {
            const aux = h.auxToBase(level);
            const bucket = selectMode ? 'select' : 'include';
            selection[bucket] = { ...(selection[bucket] as Plain | undefined), [aux]: upSelection };
        }
        upPlan = plan;
        upSelection = selectMode ? (isEmpty(selection) ? undefined : selection) : isEmpty(selection) ? true : selection;
        if (level === model) {
            const down = withSubModels && !selectMode ? subModelSelection(h, level) : undefined;
            if (down) selection.include = { ...(selection.include as Plain | undefined), ...down.include };
            return { selection: finalize(selection, selectMode), plan: down ? { ...plan, down: down.plans } : plan };
        }
    }
    throw new Error('unreachable: the chain always contains the model');
}

/** For a base: fetch each sub model's row (and theirs, recursively). */
function subModelSelection(h: DelegateHierarchy, model: string): { include: Plain; plans: Map<string, ReadPlan> } | undefined {
    const subs = h.subModels(model);
    if (subs.length === 0) return undefined;
    const include: Plain = {};
    const plans = new Map<string, ReadPlan>();
    for (const sub of subs) {
        const nested = subModelSelection(h, sub);
        include[h.auxToSub(sub)] = nested ? { include: nested.include } : true;
        plans.set(sub, { model: sub, relations: new Map(), ...(nested ? { down: nested.plans } : {}) });
    }
    return { include, plans };
}

/** `_count: true` or `_count: { select: { rel: ... } }`: each relation counted where it is stored. */
function placeCount(h: DelegateHierarchy, model: string, value: unknown, levels: Map<string, LevelSelection>): void {
    if (value === false || value === undefined) return;
    if (value === true || !isPlainObject(value) || !isPlainObject(value.select)) {
        for (const [level, selection] of levels) {
            const hasOwnLists = Object.keys(h.model(level).fields).some((f) => h.field(level, f)?.isList && h.field(level, f)?.kind === 'object' && h.storageOf(model, f) === level);
            if (hasOwnLists || level === model) selection.count = true;
        }
        return;
    }
    for (const [relation, filter] of Object.entries(value.select)) {
        const target = h.relationTarget(model, relation);
        const rewritten = target && isPlainObject(filter) && filter.where ? { ...filter, where: rewriteWhere(h, target, filter.where) } : filter;
        const level = levels.get(h.storageOf(model, relation))!;
        const current = level.count === true ? {} : (level.count ?? {});
        level.count = { ...current, [relation]: rewritten };
    }
}

function levelArgs(level: LevelSelection, selectMode: boolean): Plain {
    const args: Plain = {};
    const count = level.count === undefined ? undefined : level.count === true ? true : { select: level.count };
    if (selectMode) {
        const select = { ...level.select, ...(count ? { _count: count } : {}) };
        if (!isEmpty(select)) args.select = select;
    } else {
        const include = { ...level.include, ...(count ? { _count: count } : {}) };
        if (!isEmpty(include)) args.include = include;
        if (!isEmpty(level.omit)) args.omit = level.omit;
    }
    return args;
}

function finalize(selection: Plain, selectMode: boolean): Plain {
    if (selectMode && !selection.select) return { select: {} };
    return selection;
}

function isEmpty(value: unknown): boolean {
    return isPlainObject(value) && Object.keys(value).length === 0;
}
