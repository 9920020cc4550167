import { describe, expect, it } from 'vitest';
import { emptyState, withRows, type State } from './harness/data-model.js';
import { createPolicyOracle, rawView } from './harness/policy-oracle.js';
import { caseSeed, createRandom } from './harness/prng.js';
import { findRows } from './harness/read-engine.js';
import { expectWrite } from './harness/write-oracle.js';

/** Ann (an editor in org 1, Bob's manager) wrote a published post, a secret one and a draft with two comments. */
function blog(): State {
    let state = emptyState();
    state = withRows(state, 'Org', [{ id: 1, name: 'acme', public: false }]);
    state = withRows(state, 'User', [
        { id: 1, email: 'ann@x.io', role: 'EDITOR', banned: false, orgId: 1, managerId: null },
        { id: 2, email: 'bob@x.io', role: 'USER', banned: false, orgId: null, managerId: 1 },
    ]);
    state = withRows(state, 'Post', [
        { id: 1, title: 'news1', published: true, views: 1, likes: 0, authorId: 1, orgId: 1 },
        { id: 2, title: 'draft1', published: false, views: 0, likes: 0, authorId: 1, orgId: null },
        { id: 3, title: 'secret1', published: true, views: 0, likes: 0, authorId: 1, orgId: null },
    ]);
    return withRows(state, 'Comment', [
        { id: 1, text: 'nice', hidden: false, postId: 2, authorId: null },
        { id: 2, text: 'spam', hidden: true, postId: 2, authorId: 2 },
    ]);
}

describe('the policy oracle', () => {
    it('follows v2 semantics of auth(): with no user or no role, `auth().role != ADMIN` is false', () => {
        // @@deny('read', contains(title, 'secret') && auth() != author && auth().role != ADMIN)
        const ids = (user: Parameters<typeof createPolicyOracle>[1]) => findRows(createPolicyOracle(blog(), user), 'Post', {}).map((r) => r.id);
        expect(ids(undefined)).toEqual([1, 3]);
        expect(ids({ id: 2 })).toEqual([1, 3]);
        expect(ids({ id: 2, role: 'USER' })).toEqual([1]);
        expect(ids({ id: 1, role: 'EDITOR' })).toEqual([1, 2, 3]);
    });

    it('lets relation filters see only related rows the user may read', () => {
        const oracle = createPolicyOracle(blog(), { id: 2, role: 'USER' });
        expect(findRows(oracle, 'User', { where: { posts: { some: { published: false } } } })).toEqual([]);
        expect(findRows(rawView(blog()), 'User', { where: { posts: { some: { published: false } } } }).map((r) => r.id)).toEqual([1]);
    });

    it('compares NULL as SQL does in filters: unknown under NOT, and `is` on a missing relation false', () => {
        const view = rawView(blog());
        expect(findRows(view, 'Post', { where: { NOT: { orgId: 1 } } })).toEqual([]);
        expect(findRows(view, 'Post', { where: { NOT: { org: { is: { name: 'acme' } } } } }).map((r) => r.id)).toEqual([2, 3]);
    });

    it('expects rejected writes to leave the state as it was, and unreadable results to stay written', () => {
        const state = blog();
        const denied = expectWrite(state, { id: 2, role: 'USER' }, { model: 'Post', kind: 'update', args: { where: { id: 2 }, data: { title: 'x' } } });
        expect(denied).toMatchObject({ status: 'error', codes: ['P2004'], reason: 'ACCESS_POLICY_VIOLATION', state });
        const hidden = expectWrite(state, { id: 1, role: 'EDITOR' }, { model: 'Post', kind: 'update', args: { where: { id: 1 }, data: { title: 'banned1' } } });
        expect(hidden).toMatchObject({ status: 'error', reason: 'RESULT_NOT_READABLE' });
        expect(hidden.state.Post.find((p) => p.id === 1)?.title).toBe('banned1');
    });

    it('checks nested writes under their own rules: a post’s author removes its comments but the hidden ones', () => {
        const args = { where: { id: 2 }, data: { comments: { deleteMany: {} } } };
        const asAuthor = expectWrite(blog(), { id: 1, role: 'USER' }, { model: 'Post', kind: 'update', args });
        expect(asAuthor.state.Comment.map((c) => c.id)).toEqual([2]);
        const asAdmin = expectWrite(blog(), { id: 1, role: 'ADMIN' }, { model: 'Post', kind: 'update', args });
        expect(asAdmin.state.Comment).toEqual([]);
    });
});

describe('the fuzzer’s random numbers', () => {
    it('repeat for a seed, and differ between neighbouring cases', () => {
        const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next);
        expect(draw(caseSeed(1, 7))).toEqual(draw(caseSeed(1, 7)));
        expect(draw(caseSeed(1, 7))).not.toEqual(draw(caseSeed(1, 8)));
    });
});
