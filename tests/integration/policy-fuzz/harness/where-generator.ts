import { MODELS, type ModelName, type Row, type ScalarField, type State } from './data-model.js';
import { MISSING_ID, ORG_NAMES, ROLES, SEARCH_WORDS, TEXTS } from './dataset-generator.js';
import type { Random } from './prng.js';
import type { AuthUser } from './rules.js';
import type { Plain } from './where-filter.js';

/**
 * Ids a filter or a write may name: existing ones, and one that doesn't exist; given a user,
 * often a row of theirs (their posts and comments, their org), where more writes succeed.
 */
export function someId(random: Random, state: State, model: ModelName, user?: AuthUser): number {
    const own = user ? ownRows(state, model, user) : [];
    if (own.length > 0 && random.chance(0.5)) return random.pick(own).id as number;
    const rows = state[model];
    return rows.length > 0 && random.chance(0.9) ? (random.pick(rows).id as number) : MISSING_ID;
}

function ownRows(state: State, model: ModelName, user: AuthUser): Row[] {
    const me = state.User.find((u) => u.id === user.id);
    switch (model) {
        case 'User':
            return me ? [me] : [];
        case 'Org':
            return state.Org.filter((o) => me?.orgId === o.id);
        case 'Post':
            return state.Post.filter((p) => p.authorId === user.id);
        case 'Comment':
            return state.Comment.filter((c) => c.authorId === user.id || state.Post.some((p) => p.id === c.postId && p.authorId === user.id));
    }
}

function someValue(random: Random, state: State, model: ModelName, field: string, scalar: ScalarField): unknown {
    if (field === 'id') return someId(random, state, model);
    if (scalar.type === 'Boolean') return random.chance(0.5);
    if (scalar.type === 'Role') return random.pick(ROLES);
    if (scalar.type === 'Int') {
        const relation = Object.values(MODELS[model].relations).find((r) => r.kind === 'one' && r.fk === field);
        return relation ? someId(random, state, relation.target) : random.int(0, 5);
    }
    if (field === 'email') return random.pick(state.User.map((u) => u.email as string).concat('nobody@x.io'));
    if (field === 'name') return random.pick(ORG_NAMES);
    if (field === 'text') return random.pick(TEXTS);
    return random.pick(state.Post.map((p) => p.title as string).concat('hello1'));
}

function scalarCondition(random: Random, state: State, model: ModelName, field: string, scalar: ScalarField): unknown {
    const value = () => someValue(random, state, model, field, scalar);
    if (scalar.optional && random.chance(0.25)) return random.chance(0.5) ? null : { not: null };
    if (scalar.type === 'Boolean') return random.chance(0.7) ? value() : { not: value() };
    if (scalar.type === 'String' && random.chance(0.6)) {
        const op = random.pick(['contains', 'startsWith', 'endsWith'] as const);
        return { [op]: random.pick(SEARCH_WORDS) };
    }
    const op = random.weighted([['equals', 3], ['not', 2], ['in', 2], ['notIn', 1], ...(scalar.type === 'Int' ? ([['lt', 1], ['gte', 1], ['gt', 1]] as const) : [])] as const);
    if (op === 'equals') return random.chance(0.5) ? value() : { equals: value() };
    if (op === 'in' || op === 'notIn') return { [op]: Array.from({ length: random.int(0, 3) }, value) };
    return { [op]: value() };
}

/**
 * A random `where` for `model`: scalar conditions, relation filters (`some`/`every`/`none`,
 * `is`/`isNot`, `is: null`), combined with AND/OR/NOT, at most `depth` relations deep.
 *
 * Inside a to-one filter no condition is on a nullable field: Prisma joins the related row in
 * reads but tests it with EXISTS in updateMany/deleteMany, so there a NULL under a negation
 * decides differently (raw Prisma, no rules involved).
 */
export function generateWhere(random: Random, state: State, model: ModelName, depth = 2, inToOne = false): Plain {
    const info = MODELS[model];
    const where: Plain = {};
    const count = random.weighted([[1, 14], [2, 5], [3, 1]] as const);
    const scalars = Object.entries(info.scalars).filter(([, s]) => !(inToOne && s.optional));
    for (let i = 0; i < count; i++) {
        const roll = random.next();
        if (roll < 0.55 || depth === 0) {
            const [field, scalar] = random.pick(scalars);
            where[field] = scalarCondition(random, state, model, field, scalar);
        } else if (roll < 0.85) {
            const [field, relation] = random.pick(Object.entries(info.relations));
            const inner = () => generateWhere(random, state, relation.target, depth - 1, inToOne || relation.kind === 'one');
            if (relation.kind === 'many') where[field] = { [random.pick(['some', 'every', 'none'] as const)]: random.chance(0.15) ? {} : inner() };
            else if (relation.optional && random.chance(0.2)) where[field] = random.chance(0.5) ? { is: null } : { isNot: null };
            else where[field] = random.weighted([[{ is: inner() }, 3], [{ isNot: inner() }, 1], [inner(), 1]] as const);
        } else {
            const op = random.pick(['AND', 'OR', 'NOT'] as const);
            const parts = Array.from({ length: random.int(1, 2) }, () => generateWhere(random, state, model, depth - 1, inToOne));
            where[op] = op === 'NOT' ? parts[0] : parts;
        }
    }
    return where;
}
