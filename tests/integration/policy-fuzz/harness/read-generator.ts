import { MODELS, type ModelName, type State } from './data-model.js';
import type { FluentStep, Operation, ReadKind } from './operation.js';
import type { Random } from './prng.js';
import type { AuthUser } from './rules.js';
import { generateWhere, someId } from './where-generator.js';
import type { Plain } from './where-filter.js';

/**
 * Fields a test may sort by: the same order on SQLite and PostgreSQL (no enum, whose order is
 * the declaration's on PostgreSQL; no email, whose punctuation a collation may skip; no nullable field).
 */
const SORTABLE: Readonly<Record<ModelName, readonly string[]>> = {
    User: ['banned'],
    Org: ['name', 'public'],
    Post: ['title', 'published', 'views', 'likes', 'authorId'],
    Comment: ['text', 'hidden', 'postId'],
};

/** An order by some fields, ending with the id so that it is total. */
export function generateOrderBy(random: Random, model: ModelName): Plain[] {
    const fields = random.some(SORTABLE[model], 2);
    const direction = () => random.pick(['asc', 'desc'] as const);
    return [...fields.map((f) => ({ [f]: direction() })), { id: direction() }];
}

function paging(random: Random): Plain {
    return { ...(random.chance(0.3) ? { skip: random.int(0, 3) } : {}), ...(random.chance(0.4) ? { take: random.int(0, 4) } : {}) };
}

/** `include`/`select` of scalar fields, relations (with their own filters and selections) and `_count`. */
export function generateSelection(random: Random, state: State, model: ModelName, depth = 2): Plain {
    const info = MODELS[model];
    const relations = Object.entries(info.relations);
    const relationArgs = (field: string): unknown => {
        const relation = info.relations[field]!;
        if (random.chance(0.35)) return true;
        const nested: Plain = depth > 1 && random.chance(0.4) ? generateSelection(random, state, relation.target, depth - 1) : {};
        if (relation.kind === 'one') return Object.keys(nested).length > 0 ? nested : true;
        const ordered = random.chance(0.6) ? { orderBy: generateOrderBy(random, relation.target), ...paging(random) } : {};
        return { ...(random.chance(0.5) ? { where: generateWhere(random, state, relation.target, 1) } : {}), ...ordered, ...nested };
    };
    const lists = relations.filter(([, r]) => r.kind === 'many').map(([name]) => name);
    const count = () => {
        if (random.chance(0.4)) return true;
        const counted = random.some(lists, 2);
        return { select: Object.fromEntries((counted.length > 0 ? counted : lists.slice(0, 1)).map((f) => [f, random.chance(0.5) ? true : { where: generateWhere(random, state, info.relations[f]!.target, 1) }])) };
    };
    const chosen = random.some(relations.map(([name]) => name), 2);
    if (random.chance(0.5)) {
        const include: Plain = Object.fromEntries(chosen.map((f) => [f, relationArgs(f)]));
        if (lists.length > 0 && random.chance(0.2)) include._count = count();
        return Object.keys(include).length > 0 ? { include } : {};
    }
    const select: Plain = Object.fromEntries(random.some(Object.keys(info.scalars), 3).map((f) => [f, true]));
    for (const f of chosen) select[f] = relationArgs(f);
    if (lists.length > 0 && random.chance(0.2)) select._count = count();
    if (Object.keys(select).length === 0) select.id = true;
    return { select };
}

export function uniqueWhere(random: Random, state: State, model: ModelName, user?: AuthUser): Plain {
    if (model === 'User' && random.chance(0.3)) return { email: random.pick([...state.User.map((u) => u.email as string), 'nobody@x.io']) };
    const where: Plain = { id: someId(random, state, model, user) };
    if (!random.chance(0.2)) return where;
    // a unique filter may add conditions on other fields (unique ones take only values)
    const { id: _id, email: _email, ...extra } = generateWhere(random, state, model, 1);
    return { ...extra, ...where };
}

const NUMERIC: Readonly<Record<ModelName, readonly string[]>> = { User: ['id', 'orgId', 'managerId'], Org: ['id'], Post: ['views', 'likes', 'orgId'], Comment: ['postId', 'authorId'] };
const GROUPABLE: Readonly<Record<ModelName, readonly string[]>> = { User: ['role', 'banned', 'orgId'], Org: ['public'], Post: ['published', 'authorId', 'orgId'], Comment: ['hidden', 'postId'] };

function aggregations(random: Random, model: ModelName): Plain {
    const fields = (max: number) => Object.fromEntries(random.some(NUMERIC[model], max).map((f) => [f, true]));
    const out: Plain = {};
    if (random.chance(0.6)) out._count = random.chance(0.3) ? true : { _all: true, ...fields(1) };
    for (const key of ['_sum', '_avg', '_min', '_max'] as const) {
        const chosen = fields(2);
        if (random.chance(0.35) && Object.keys(chosen).length > 0) out[key] = chosen;
    }
    return Object.keys(out).length > 0 ? out : { _count: true };
}

function fluentSteps(random: Random, state: State, model: ModelName): FluentStep[] {
    const steps: FluentStep[] = [];
    let current = model;
    for (;;) {
        const [field, relation] = random.pick(Object.entries(MODELS[current].relations));
        if (relation.kind === 'many') {
            steps.push({ field, args: random.chance(0.5) ? { where: generateWhere(random, state, relation.target, 1) } : undefined });
            return steps;
        }
        steps.push({ field });
        current = relation.target;
        if (random.chance(0.5)) return steps;
    }
}

const READ_WEIGHTS: readonly (readonly [ReadKind | 'fluent', number])[] = [
    ['findMany', 30], ['findUnique', 9], ['findUniqueOrThrow', 4], ['findFirst', 8], ['findFirstOrThrow', 3],
    ['count', 8], ['aggregate', 6], ['groupBy', 6], ['fluent', 8],
];

/** A random read of a random model. */
export function generateRead(random: Random, state: State): Operation {
    const model = random.pick(['User', 'Org', 'Post', 'Comment'] as const);
    const where = () => (random.chance(0.5) ? { where: generateWhere(random, state, model) } : {});
    const selection = () => (random.chance(0.6) ? generateSelection(random, state, model) : {});
    const kind = random.weighted(READ_WEIGHTS);
    switch (kind) {
        case 'findMany': {
            const ordered = random.chance(0.6) ? { orderBy: generateOrderBy(random, model), ...paging(random) } : {};
            return { model, kind, args: { ...where(), ...ordered, ...selection() } };
        }
        case 'findUnique':
        case 'findUniqueOrThrow':
            return { model, kind, args: { where: uniqueWhere(random, state, model), ...selection() } };
        case 'findFirst':
        case 'findFirstOrThrow':
            return { model, kind, args: { ...where(), orderBy: generateOrderBy(random, model), ...(random.chance(0.3) ? { skip: random.int(0, 2) } : {}), ...selection() } };
        case 'count': {
            const select = random.chance(0.3) ? { select: { _all: true, ...Object.fromEntries(random.some(NUMERIC[model], 1).map((f) => [f, true])) } } : {};
            const ordered = random.chance(0.3) ? { orderBy: generateOrderBy(random, model), ...paging(random) } : {};
            return { model, kind, args: { ...where(), ...ordered, ...select } };
        }
        case 'aggregate': {
            const ordered = random.chance(0.3) ? { orderBy: generateOrderBy(random, model), ...paging(random) } : {};
            return { model, kind, args: { ...where(), ...ordered, ...aggregations(random, model) } };
        }
        case 'groupBy': {
            const by = random.some(GROUPABLE[model], 2);
            if (by.length === 0) by.push(GROUPABLE[model][0]!);
            const numeric = NUMERIC[model].filter((f) => !by.includes(f));
            const having = random.chance(0.25) && numeric.length > 0 ? { having: { [random.pick(numeric)]: { _sum: { gt: random.int(0, 4) } } } } : {};
            return { model, kind, args: { by, ...where(), ...aggregations(random, model), ...having } };
        }
        case 'fluent': {
            const fluent = fluentSteps(random, state, model);
            if (random.chance(0.7)) return { model, kind: 'findUnique', args: { where: { id: someId(random, state, model) } }, fluent };
            return { model, kind: 'findFirst', args: { ...where(), orderBy: generateOrderBy(random, model) }, fluent };
        }
    }
}
