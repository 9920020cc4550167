import { type Row, type State, withRows, emptyState } from './data-model.js';
import type { Random } from './prng.js';
import type { AuthUser } from './rules.js';

/** Words the rules look for ('secret', a 'banned' prefix, '@public.io'), in lowercase only: SQLite's LIKE ignores case. */
export const TITLE_WORDS = ['hello', 'secret', 'draft', 'news', 'bannedword', 'topsecret', 'post', 'banned'] as const;
export const SEARCH_WORDS = ['secret', 'banned', 'post', 'news', 'e', 'x', 'public'] as const;
export const NAMES = ['ann', 'bob', 'cat', 'dan', 'eve', 'fay', 'gus', 'hal'] as const;
export const ORG_NAMES = ['acme', 'globex', 'initech'] as const;
export const TEXTS = ['nice', 'spam', 'hello', 'ok'] as const;
export const ROLES = ['USER', 'EDITOR', 'ADMIN'] as const;
/** An id no dataset uses. */
export const MISSING_ID = 77;

export function title(random: Random): string {
    return `${random.pick(TITLE_WORDS)}${random.int(0, 9)}`;
}

export function email(random: Random, taken: readonly string[]): string {
    for (;;) {
        const candidate = `${random.pick(NAMES)}${random.int(0, 99)}@${random.chance(0.25) ? 'public' : 'x'}.io`;
        if (!taken.includes(candidate)) return candidate;
    }
}

/** A small database where every rule has rows on both sides. */
export function generateDataset(random: Random): State {
    const orgs: Row[] = Array.from({ length: random.int(1, 3) }, (_, i) => ({ id: i + 1, name: random.pick(ORG_NAMES), public: random.chance(0.3) }));
    const users: Row[] = [];
    const userCount = random.int(2, 5);
    for (let i = 0; i < userCount; i++) {
        users.push({
            id: i + 1,
            email: email(random, users.map((u) => u.email as string)),
            role: random.weighted([['USER', 5], ['EDITOR', 3], ['ADMIN', 2]] as const),
            banned: random.chance(0.15),
            orgId: random.chance(0.7) ? random.pick(orgs).id! : null,
            managerId: i > 0 && random.chance(0.5) ? random.int(1, i) : null,
        });
    }
    const posts: Row[] = Array.from({ length: random.int(1, 8) }, (_, i) => ({
        id: i + 1,
        title: title(random),
        published: random.chance(0.5),
        views: random.int(0, 5),
        likes: random.int(0, 5),
        authorId: random.pick(users).id!,
        orgId: random.chance(0.6) ? random.pick(orgs).id! : null,
    }));
    const comments: Row[] = Array.from({ length: random.int(0, 9) }, (_, i) => ({
        id: i + 1,
        text: random.pick(TEXTS),
        hidden: random.chance(0.3),
        postId: random.pick(posts).id!,
        authorId: random.chance(0.8) ? random.pick(users).id! : null,
    }));
    let state = emptyState();
    state = withRows(state, 'Org', orgs);
    state = withRows(state, 'User', users);
    state = withRows(state, 'Post', posts);
    return withRows(state, 'Comment', comments);
}

/**
 * The user of a case: anonymous, a user of the database with their role, without a role, with
 * a role the database doesn't give them, or someone not in the database.
 */
export function generateUser(random: Random, state: State): AuthUser | undefined {
    const kind = random.weighted([['anonymous', 2], ['stored', 6], ['noRole', 1], ['otherRole', 1], ['stranger', 1.5]] as const);
    if (kind === 'anonymous') return undefined;
    if (kind === 'stranger') return random.chance(0.3) ? { id: MISSING_ID } : { id: MISSING_ID, role: random.pick(ROLES) };
    const stored = random.pick(state.User);
    if (kind === 'noRole') return { id: stored.id as number };
    return { id: stored.id as number, role: kind === 'stored' ? (stored.role as AuthUser['role']) : random.pick(ROLES) };
}
