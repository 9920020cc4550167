import type { ModelName, State } from './data-model.js';
import { email, MISSING_ID, ORG_NAMES, ROLES, TEXTS, title } from './dataset-generator.js';
import type { Operation, WriteKind } from './operation.js';
import type { Random } from './prng.js';
import type { AuthUser } from './rules.js';
import { generateSelection, uniqueWhere } from './read-generator.js';
import { generateWhere, someId } from './where-generator.js';
import type { Plain } from './where-filter.js';

/** A new row's id: mostly fresh (and then sometimes repeated within a batch), sometimes taken. */
function newId(random: Random, state: State, model: ModelName): number {
    return random.chance(0.08) && state[model].length > 0 ? (random.pick(state[model]).id as number) : random.int(100, 130);
}

/** A foreign key: an existing row (often the user's), sometimes null (when optional) or a row that doesn't exist. */
function foreignKey(random: Random, state: State, model: ModelName, optional: boolean, user?: AuthUser): number | null {
    if (optional && random.chance(0.25)) return null;
    return random.chance(0.06) ? MISSING_ID : someId(random, state, model, user);
}

const optional = <T>(random: Random, key: string, value: () => T, p = 0.5): Plain => (random.chance(p) ? { [key]: value() } : {});
const emails = (state: State) => state.User.map((u) => u.email as string);

/** Scalar create data for one row; foreign keys to be left out when a nested write sets them. */
function createData(random: Random, state: State, model: ModelName, user?: AuthUser): Plain {
    switch (model) {
        case 'User':
            return { id: newId(random, state, model), email: random.chance(0.9) ? email(random, emails(state)) : random.pick(emails(state)), ...optional(random, 'role', () => random.pick(ROLES)), ...optional(random, 'banned', () => random.chance(0.3), 0.3), ...optional(random, 'orgId', () => foreignKey(random, state, 'Org', true)), ...optional(random, 'managerId', () => foreignKey(random, state, 'User', true, user), 0.3) };
        case 'Org':
            return { id: newId(random, state, model), name: random.pick(ORG_NAMES), ...optional(random, 'public', () => random.chance(0.5)) };
        case 'Post':
            return {
                id: newId(random, state, model),
                title: title(random),
                ...optional(random, 'published', () => random.chance(0.5)),
                ...optional(random, 'views', () => random.int(0, 5), 0.7),
                ...optional(random, 'likes', () => random.int(0, 5), 0.6),
                // left out, it is @default(auth().id)
                ...optional(random, 'authorId', () => foreignKey(random, state, 'User', false, user), 0.6),
                ...optional(random, 'orgId', () => foreignKey(random, state, 'Org', true, user)),
            };
        case 'Comment':
            return {
                id: newId(random, state, model),
                text: random.pick(TEXTS),
                ...optional(random, 'hidden', () => random.chance(0.4)),
                postId: state.Post.length > 0 ? foreignKey(random, state, 'Post', false, user) : MISSING_ID,
                ...optional(random, 'authorId', () => foreignKey(random, state, 'User', true, user), 0.6),
            };
    }
}

const withoutKeys = (data: Plain, ...keys: string[]) => Object.fromEntries(Object.entries(data).filter(([k]) => !keys.includes(k)));

/**
 * A few nested writes: creates of comments and users (whose create rules hold for everyone),
 * connects and creates under rules that depend on the row or the user. A to-one relation
 * written this way takes the place of its foreign key.
 */
function nestedCreate(random: Random, state: State, model: ModelName, data: Plain, user?: AuthUser): Plain {
    const comments = () => ({ comments: { create: Array.from({ length: random.int(1, 2) }, () => withoutKeys(createData(random, state, 'Comment', user), 'postId')) } });
    switch (model) {
        case 'Post':
            return random.weighted<() => Plain>([
                [() => ({ ...data, ...comments() }), 4],
                [() => ({ ...withoutKeys(data, 'authorId', 'orgId'), author: { create: withoutKeys(createData(random, state, 'User'), 'orgId') } }), 2],
                [() => ({ ...withoutKeys(data, 'authorId', 'orgId'), author: { connect: { id: someId(random, state, 'User') } } }), 1],
                // with a relation written as such, the author is connected (or left to @default(auth().id))
                [() => ({ ...withoutKeys(data, 'authorId', 'orgId'), ...(data.authorId !== undefined ? { author: { connect: { id: data.authorId } } } : {}), org: { connect: { id: someId(random, state, 'Org') } } }), 2],
                [() => ({ ...withoutKeys(data, 'authorId', 'orgId'), ...(data.authorId !== undefined ? { author: { connect: { id: data.authorId } } } : {}), org: { connectOrCreate: { where: { id: someId(random, state, 'Org') }, create: createData(random, state, 'Org') } } }), 1],
                [() => ({ ...data, comments: { createMany: { data: [withoutKeys(createData(random, state, 'Comment', user), 'postId')] } } }), 1],
            ] as const)();
        case 'User':
            return random.weighted<() => Plain>([
                [() => ({ ...withoutKeys(data, 'orgId', 'managerId'), org: { connect: { id: someId(random, state, 'Org') } } }), 2],
                [() => ({ ...withoutKeys(data, 'orgId', 'managerId'), org: { create: createData(random, state, 'Org') } }), 1],
                [() => ({ ...data, posts: { create: [withoutKeys(createData(random, state, 'Post'), 'authorId')] } }), 1],
            ] as const)();
        case 'Org':
            return { ...data, members: { connect: [{ id: someId(random, state, 'User') }] } };
        case 'Comment':
            return { ...withoutKeys(data, 'authorId', 'postId'), post: { connect: { id: someId(random, state, 'Post') } }, author: { connect: { id: someId(random, state, 'User') } } };
    }
}

/** Update data: new values, increments, foreign keys moved, and a few nested writes. */
function updateData(random: Random, state: State, model: ModelName, user: AuthUser | undefined, nested: 'never' | 'sometimes' | 'always' = 'sometimes'): Plain {
    const pick = (fields: Record<string, () => unknown>) => {
        const chosen = random.some(Object.keys(fields), 3);
        return Object.fromEntries((chosen.length > 0 ? chosen : [Object.keys(fields)[0]!]).map((f) => [f, fields[f]!()]));
    };
    // views mostly grow (the post-update rule wants `future().views >= views`)
    const number = () => random.weighted<unknown>([[{ increment: random.int(0, 3) }, 3], [random.int(0, 6), 2], [{ decrement: random.int(1, 2) }, 1]]);
    let data: Plain;
    switch (model) {
        case 'User':
            data = pick({ email: () => (random.chance(0.7) ? email(random, emails(state)) : random.pick(emails(state))), role: () => random.pick(ROLES), banned: () => random.chance(0.5), orgId: () => foreignKey(random, state, 'Org', true), managerId: () => foreignKey(random, state, 'User', true, user) });
            break;
        case 'Org':
            data = pick({ name: () => random.pick(ORG_NAMES), public: () => random.chance(0.5) });
            break;
        case 'Post':
            data = pick({ title: () => title(random), published: () => random.chance(0.5), views: number, likes: number, authorId: () => foreignKey(random, state, 'User', false, user), orgId: () => foreignKey(random, state, 'Org', true, user) });
            break;
        case 'Comment':
            data = pick({ text: () => random.pick(TEXTS), hidden: () => random.chance(0.5), postId: () => foreignKey(random, state, 'Post', false), authorId: () => foreignKey(random, state, 'User', true) });
            break;
    }
    if (nested === 'never' || (nested === 'sometimes' && !random.chance(0.15))) return data;
    return nestedUpdate(random, state, model, data, user);
}

function nestedUpdate(random: Random, state: State, model: ModelName, data: Plain, user?: AuthUser): Plain {
    switch (model) {
        case 'Post':
            return random.weighted<() => Plain>([
                [() => ({ ...data, comments: { create: [withoutKeys(createData(random, state, 'Comment', user), 'postId')] } }), 3],
                [() => ({ ...data, comments: { deleteMany: random.chance(0.5) ? {} : { hidden: true } } }), 2],
                [() => ({ ...data, comments: { updateMany: { where: {}, data: { hidden: true } } } }), 2],
                [() => ({ ...withoutKeys(data, 'authorId', 'orgId'), org: random.chance(0.5) ? { disconnect: true } : { connect: { id: someId(random, state, 'Org') } } }), 1],
                [() => ({ ...data, comments: { update: { where: { id: someId(random, state, 'Comment', user) }, data: { text: random.pick(TEXTS) } } } }), 1],
                [() => ({ ...data, comments: { delete: { id: someId(random, state, 'Comment', user) } } }), 1],
                [() => ({ ...withoutKeys(data, 'authorId', 'orgId'), author: { update: { banned: random.chance(0.5) } } }), 1],
            ] as const)();
        case 'User':
            return { ...withoutKeys(data, 'orgId', 'managerId'), org: random.chance(0.5) ? { disconnect: true } : { connect: { id: someId(random, state, 'Org') } } };
        case 'Org':
            return { ...data, members: random.chance(0.5) ? { connect: [{ id: someId(random, state, 'User') }] } : { disconnect: [{ id: someId(random, state, 'User') }] } };
        case 'Comment':
            // moving a comment through its relation changes the key `future().postId != postId` reads
            return random.chance(0.5)
                ? { ...withoutKeys(data, 'authorId', 'postId'), author: { disconnect: true } }
                : { ...withoutKeys(data, 'authorId', 'postId'), post: { connect: { id: someId(random, state, 'Post') } } };
    }
}

/** `nested`: a create or update with nested writes, which run as checked operations of their own. */
const WRITE_WEIGHTS: readonly (readonly [WriteKind | 'nested', number])[] = [
    ['create', 14], ['createMany', 4], ['createManyAndReturn', 4], ['update', 16], ['updateMany', 8], ['updateManyAndReturn', 5],
    ['upsert', 6], ['delete', 8], ['deleteMany', 6], ['nested', 14],
];

/** A random write of a random model. */
export function generateWrite(random: Random, state: State, user: AuthUser | undefined): Operation {
    const kind = random.weighted(WRITE_WEIGHTS);
    if (kind === 'nested') return generateNestedWrite(random, state, user);
    const model = random.pick(['User', 'Org', 'Post', 'Comment'] as const);
    const selection = () => (random.chance(0.3) ? generateSelection(random, state, model, 1) : {});
    const scalarSelection = () => (random.chance(0.3) ? { select: { id: true, ...Object.fromEntries(random.some(['email', 'title', 'name', 'text'], 1).filter((f) => f !== 'id').map((f) => [f, true])) } } : {});
    const where = () => (random.chance(0.8) ? { where: generateWhere(random, state, model, 1) } : {});
    switch (kind) {
        case 'create': {
            const data = createData(random, state, model, user);
            return { model, kind, args: { data: random.chance(0.1) ? nestedCreate(random, state, model, data, user) : data, ...selection() } };
        }
        case 'createMany':
        case 'createManyAndReturn': {
            const data = Array.from({ length: random.int(1, 3) }, () => createData(random, state, model, user));
            return { model, kind, args: { data, ...(kind === 'createManyAndReturn' ? validScalarSelection(model, scalarSelection()) : {}) } };
        }
        case 'update':
            return { model, kind, args: { where: uniqueWhere(random, state, model, user), data: updateData(random, state, model, user), ...selection() } };
        case 'updateMany':
            return { model, kind, args: { ...where(), data: scalarUpdateData(random, state, model, user) } };
        case 'updateManyAndReturn':
            return { model, kind, args: { ...where(), data: scalarUpdateData(random, state, model, user), ...validScalarSelection(model, scalarSelection()) } };
        case 'upsert': {
            const id = random.chance(0.6) ? someId(random, state, model, user) : random.int(100, 130);
            return { model, kind, args: { where: { id }, create: { ...createData(random, state, model, user), id }, update: updateData(random, state, model, user), ...selection() } };
        }
        case 'delete':
            return { model, kind, args: { where: uniqueWhere(random, state, model, user), ...selection() } };
        case 'deleteMany':
            return { model, kind, args: where() };
    }
}

/** A create or update with nested writes, mostly of posts (which have the most relations). */
function generateNestedWrite(random: Random, state: State, user: AuthUser | undefined): Operation {
    const model = random.weighted<ModelName>([['Post', 4], ['Org', 1], ['User', 1], ['Comment', 1]]);
    const selection = random.chance(0.3) ? generateSelection(random, state, model, 1) : {};
    if (random.chance(0.4)) return { model, kind: 'create', args: { data: nestedCreate(random, state, model, createData(random, state, model, user), user), ...selection } };
    return { model, kind: 'update', args: { where: { id: someId(random, state, model, user) }, data: updateData(random, state, model, user, 'always'), ...selection } };
}

/** Update data without nested writes, which updateMany doesn't take. */
function scalarUpdateData(random: Random, state: State, model: ModelName, user?: AuthUser): Plain {
    for (;;) {
        const data = Object.fromEntries(Object.entries(updateData(random, state, model, user, 'never')).filter(([k]) => !['comments', 'org', 'author', 'members', 'posts'].includes(k)));
        if (Object.keys(data).length > 0) return data;
    }
}

const SCALARS_OF: Readonly<Record<ModelName, readonly string[]>> = { User: ['email'], Org: ['name'], Post: ['title'], Comment: ['text'] };

function validScalarSelection(model: ModelName, selection: Plain): Plain {
    const select = selection.select as Plain | undefined;
    if (!select) return {};
    return { select: Object.fromEntries(Object.keys(select).filter((f) => f === 'id' || SCALARS_OF[model].includes(f)).map((f) => [f, true])) };
}
