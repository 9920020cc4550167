import { describe, expect, it } from 'vitest';
import { extendSelectionPath, pickAtSelectionPath, setAtSelectionPath } from './fluent-path.js';

describe('fluent selection paths', () => {
    it('builds the nested select Prisma runs for a fluent chain', () => {
        const args = { where: { id: 1 } };
        const posts = extendSelectionPath([], 'posts');
        const first = setAtSelectionPath(args, posts, { where: { published: true } });
        expect(first).toEqual({ where: { id: 1 }, select: { posts: { where: { published: true } } } });

        const author = extendSelectionPath(posts, 'author');
        expect(setAtSelectionPath(first, author, true)).toEqual({
            where: { id: 1 },
            select: { posts: { where: { published: true }, select: { author: true } } },
        });
        expect(args).toEqual({ where: { id: 1 } });
    });

    it('starts from `true` when the relation had no args', () => {
        const path = extendSelectionPath(extendSelectionPath([], 'posts'), 'author');
        expect(setAtSelectionPath({ select: { posts: true } }, path, true)).toEqual({ select: { posts: { select: { author: true } } } });
    });

    it('picks the relation out of the result, null-safe', () => {
        const path = extendSelectionPath(extendSelectionPath([], 'author'), 'profile');
        expect(pickAtSelectionPath({ author: { profile: { bio: 'x' } } }, path)).toEqual({ bio: 'x' });
        expect(pickAtSelectionPath({ author: null }, path)).toBeNull();
        expect(pickAtSelectionPath(null, path)).toBeNull();
        expect(pickAtSelectionPath([1], [])).toEqual([1]);
    });
});
