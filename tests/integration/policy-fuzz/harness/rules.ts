import { relatedMany, relatedOne, type ModelName, type Row, type State } from './data-model.js';

/** The user `auth()` stands for; `role` may be left out (then `auth().role` comparisons are false). */
// a type, not an interface, so that it is a plain record for enhance()
export type AuthUser = {
    readonly id: number;
    readonly role?: 'USER' | 'EDITOR' | 'ADMIN';
};

/** The operations rules name; `postUpdate` is an update rule that uses `future()`. */
export type RuleOperation = 'read' | 'create' | 'update' | 'postUpdate' | 'delete';

/** What a rule sees: the user, the database and the row. */
export interface RuleContext {
    readonly user: AuthUser | undefined;
    readonly state: State;
    /** the row; in post-update rules its values before the update */
    readonly row: Row;
    /** `future()`: the row after the update (the row itself outside post-update rules) */
    readonly future: Row;
    /** in post-update rules: the database before the update, where relations reached from plain fields lead */
    readonly before: State;
    /** `check(relation, operation)`: the related model's rules for the operation */
    readonly check: (model: ModelName, operation: RuleOperation, row: Row) => boolean;
}

/**
 * One `@@allow`/`@@deny` with its ZModel text and, written by hand, what it means on in-memory
 * rows. `constant` is the rule's value for a user when it does not depend on the row for that
 * user (the runtime folds such rules: a create no rule can allow is rejected before it runs).
 */
export interface Rule {
    readonly kind: 'allow' | 'deny';
    /** as written in ZModel: 'read', 'update,delete', 'all' */
    readonly operations: string;
    readonly condition: string;
    readonly holds: (c: RuleContext) => boolean;
    readonly constant?: (user: AuthUser | undefined) => boolean | undefined;
}

// v2 semantics of auth(): compared with a row by id; an anonymous user is no row, `auth().x` of
// a missing value makes every comparison false (`!=` too)
const authIs = (user: AuthUser | undefined, row: Row | null) => user !== undefined && row !== null && row.id === user.id;
const roleIs = (user: AuthUser | undefined, role: string) => user?.role !== undefined && user.role === role;
const roleIsNot = (user: AuthUser | undefined, role: string) => user?.role !== undefined && user.role !== role;
const isMember = (user: AuthUser | undefined) => (member: Row) => user !== undefined && member.id === user.id;

const one = (c: RuleContext, model: ModelName, field: string, row: Row = c.row) => relatedOne(c.state, model, row, field);
const many = (c: RuleContext, model: ModelName, field: string, row: Row = c.row) => relatedMany(c.state, model, row, field);

const allow = (operations: string, condition: string, holds: Rule['holds'], constant?: Rule['constant']): Rule => ({ kind: 'allow', operations, condition, holds, constant });
const deny = (operations: string, condition: string, holds: Rule['holds'], constant?: Rule['constant']): Rule => ({ kind: 'deny', operations, condition, holds, constant });

export const RULES: Readonly<Record<ModelName, readonly Rule[]>> = {
    User: [
        allow('create', 'true', () => true, () => true),
        allow('read', 'auth() == this', (c) => authIs(c.user, c.row)),
        allow('read', 'auth().role == ADMIN', (c) => roleIs(c.user, 'ADMIN'), (u) => roleIs(u, 'ADMIN')),
        allow('read', 'org.members?[id == auth().id]', (c) => {
            const org = one(c, 'User', 'org');
            return org !== null && many(c, 'Org', 'members', org).some(isMember(c.user));
        }),
        allow('read', 'posts?[published] && auth() != null', (c) => many(c, 'User', 'posts').some((p) => p.published === true) && c.user !== undefined),
        allow('read', "endsWith(email, '@public.io')", (c) => String(c.row.email).endsWith('@public.io')),
        allow('read', 'manager == auth()', (c) => authIs(c.user, one(c, 'User', 'manager'))),
        deny('read', 'banned && auth().role != ADMIN', (c) => c.row.banned === true && roleIsNot(c.user, 'ADMIN')),
        allow('update', 'auth() == this', (c) => authIs(c.user, c.row)),
        allow('update', 'auth().role == ADMIN', (c) => roleIs(c.user, 'ADMIN'), (u) => roleIs(u, 'ADMIN')),
        allow('update', 'auth() == manager && !banned', (c) => authIs(c.user, one(c, 'User', 'manager')) && c.row.banned !== true),
        deny('update', 'future().role != role && auth().role != ADMIN', (c) => c.future.role !== c.row.role && roleIsNot(c.user, 'ADMIN')),
        allow('delete', 'auth().role == ADMIN && posts^[published]', (c) => roleIs(c.user, 'ADMIN') && !many(c, 'User', 'posts').some((p) => p.published === true)),
    ],
    Org: [
        allow('read', 'public || members?[id == auth().id] || auth().role == ADMIN', (c) => c.row.public === true || many(c, 'Org', 'members').some(isMember(c.user)) || roleIs(c.user, 'ADMIN')),
        allow('create', 'auth().role == ADMIN', (c) => roleIs(c.user, 'ADMIN'), (u) => roleIs(u, 'ADMIN')),
        allow('update', 'auth().role == ADMIN', (c) => roleIs(c.user, 'ADMIN'), (u) => roleIs(u, 'ADMIN')),
        allow('update', 'members?[id == auth().id && role == EDITOR] && members![!banned]', (c) => {
            const members = many(c, 'Org', 'members');
            return members.some((m) => isMember(c.user)(m) && m.role === 'EDITOR') && members.every((m) => m.banned !== true);
        }),
        allow('delete', 'auth().role == ADMIN', (c) => roleIs(c.user, 'ADMIN'), (u) => roleIs(u, 'ADMIN')),
        deny('delete', 'posts?[published]', (c) => many(c, 'Org', 'posts').some((p) => p.published === true)),
    ],
    Post: [
        allow('read', 'published', (c) => c.row.published === true),
        allow('read', 'auth() == author', (c) => authIs(c.user, one(c, 'Post', 'author'))),
        allow('read', 'org.members?[id == auth().id]', (c) => {
            const org = one(c, 'Post', 'org');
            return org !== null && many(c, 'Org', 'members', org).some(isMember(c.user));
        }),
        allow('read', 'author.manager == auth()', (c) => {
            const author = one(c, 'Post', 'author');
            return author !== null && authIs(c.user, one(c, 'User', 'manager', author));
        }),
        allow('read', 'author.role == ADMIN && auth() != null', (c) => one(c, 'Post', 'author')?.role === 'ADMIN' && c.user !== undefined),
        allow('read', 'views > likes && auth().role == EDITOR', (c) => (c.row.views as number) > (c.row.likes as number) && roleIs(c.user, 'EDITOR')),
        deny('read', "contains(title, 'secret') && auth() != author && auth().role != ADMIN", (c) => String(c.row.title).includes('secret') && !authIs(c.user, one(c, 'Post', 'author')) && roleIsNot(c.user, 'ADMIN')),
        deny('all', "startsWith(title, 'banned')", (c) => String(c.row.title).startsWith('banned')),
        allow('create', 'auth() == author && !author.banned', (c) => authIs(c.user, one(c, 'Post', 'author')) && one(c, 'Post', 'author')?.banned !== true, (u) => (u === undefined ? false : undefined)),
        allow('create', 'auth().role == ADMIN', (c) => roleIs(c.user, 'ADMIN'), (u) => roleIs(u, 'ADMIN')),
        deny('create', 'likes > views', (c) => (c.row.likes as number) > (c.row.views as number)),
        allow('update', 'auth() == author', (c) => authIs(c.user, one(c, 'Post', 'author'))),
        allow('update', 'auth().role == EDITOR && org.members?[id == auth().id]', (c) => {
            const org = one(c, 'Post', 'org');
            return roleIs(c.user, 'EDITOR') && org !== null && many(c, 'Org', 'members', org).some(isMember(c.user));
        }),
        allow('update', 'auth().role == ADMIN && !published', (c) => roleIs(c.user, 'ADMIN') && c.row.published !== true),
        allow('update', 'future().views >= views', (c) => (c.future.views as number) >= (c.row.views as number)),
        deny('update', 'future().authorId != authorId && auth().role != ADMIN', (c) => c.future.authorId !== c.row.authorId && roleIsNot(c.user, 'ADMIN')),
        deny('update', 'future().likes > future().views', (c) => (c.future.likes as number) > (c.future.views as number)),
        // a relation reached from a plain field is the one before the update: the post's old org
        deny('update', 'future().orgId != orgId && org.members?[banned] && auth().role != ADMIN', (c) => {
            const org = relatedOne(c.before, 'Post', c.row, 'org');
            return c.future.orgId !== c.row.orgId && org !== null && relatedMany(c.before, 'Org', org, 'members').some((m) => m.banned === true) && roleIsNot(c.user, 'ADMIN');
        }),
        // orgId is optional: moving a post out of its org (to null) is a change too
        deny('update', 'future().orgId != orgId && auth().role == USER', (c) => c.future.orgId !== c.row.orgId && roleIs(c.user, 'USER')),
        allow('delete', 'auth() == author || auth().role == ADMIN', (c) => authIs(c.user, one(c, 'Post', 'author')) || roleIs(c.user, 'ADMIN')),
        deny('delete', 'comments?[!hidden] && auth().role != ADMIN', (c) => many(c, 'Post', 'comments').some((m) => m.hidden !== true) && roleIsNot(c.user, 'ADMIN')),
    ],
    Comment: [
        allow('read', "check(post, 'read') && (!hidden || auth() == author || auth() == post.author)", (c) => {
            const post = one(c, 'Comment', 'post');
            if (post === null || !c.check('Post', 'read', post)) return false;
            return c.row.hidden !== true || authIs(c.user, one(c, 'Comment', 'author')) || authIs(c.user, one(c, 'Post', 'author', post));
        }),
        allow('create', 'true', () => true, () => true),
        allow('update', 'auth() == author', (c) => authIs(c.user, one(c, 'Comment', 'author'))),
        deny('update', 'future().postId != postId', (c) => c.future.postId !== c.row.postId),
        // a post's author removes the visible comments on it; hidden ones stay (for the moderators)
        allow('delete', 'auth() == author || (auth() == post.author && !hidden) || auth().role == ADMIN', (c) => {
            const post = one(c, 'Comment', 'post');
            return authIs(c.user, one(c, 'Comment', 'author')) || (post !== null && authIs(c.user, one(c, 'Post', 'author', post)) && c.row.hidden !== true) || roleIs(c.user, 'ADMIN');
        }, (u) => (roleIs(u, 'ADMIN') ? true : undefined)),
        // editors moderate comments by others, anonymous ones (authorId null) included
        allow('delete', 'authorId != auth().id && auth().role == EDITOR', (c) => c.user !== undefined && c.row.authorId !== c.user.id && roleIs(c.user, 'EDITOR')),
    ],
};

/** The rules of `model` that apply to `operation` (a rule using `future()` is a post-update rule). */
export function rulesFor(model: ModelName, operation: RuleOperation): Rule[] {
    return RULES[model].filter((rule) => {
        const post = rule.condition.includes('future()');
        const ops = rule.operations.split(',').map((o) => o.trim());
        const named = ops.includes('all') || ops.includes(operation === 'postUpdate' ? 'update' : operation);
        return named && (operation === 'postUpdate' ? post : !post);
    });
}
