import type { FieldInfo, ModelMeta } from '@zenstackhq/sdk';
import { describe, expect, it } from 'vitest';
import { withDefaultOmits } from './default-omit.js';

const scalar = (name: string, omitted = false): FieldInfo => ({
    name,
    type: 'String',
    kind: 'scalar',
    isList: false,
    isOptional: false,
    attributes: omitted ? [{ name: '@omit', args: [] }] : [],
});
const relation = (name: string, type: string, isList: boolean): FieldInfo => ({ name, type, kind: 'object', isList, isOptional: !isList, attributes: [] });
const model = (name: string, fields: FieldInfo[]) => ({ name, fields: Object.fromEntries(fields.map((f) => [f.name, f])), idFields: ['id'], uniqueConstraints: {}, attributes: [] });

const meta: ModelMeta = {
    provider: 'sqlite',
    enums: {},
    models: {
        User: model('User', [scalar('id'), scalar('password', true), relation('posts', 'Post', true)]),
        Post: model('Post', [scalar('id'), scalar('secret', true), relation('owner', 'User', false), relation('tags', 'Tag', true)]),
        Tag: model('Tag', [scalar('id')]),
    },
};

describe('withDefaultOmits', () => {
    it('omits @omit fields at the top and in included relations', () => {
        expect(withDefaultOmits(meta, 'User', undefined)).toEqual({ omit: { password: true } });
        expect(withDefaultOmits(meta, 'User', { where: { id: '1' }, include: { posts: { include: { owner: true, tags: true } } } })).toEqual({
            where: { id: '1' },
            include: { posts: { include: { owner: { omit: { password: true } }, tags: true }, omit: { secret: true } } },
            omit: { password: true },
        });
    });

    it('leaves a level that selects as written, but not the relations it selects', () => {
        expect(withDefaultOmits(meta, 'User', { select: { password: true, posts: true, _count: true } })).toEqual({
            select: { password: true, posts: { omit: { secret: true } }, _count: true },
        });
    });

    it('lets the caller’s omit win', () => {
        expect(withDefaultOmits(meta, 'User', { omit: { password: false, id: true } })).toEqual({ omit: { password: false, id: true } });
    });

    it('returns the args themselves when nothing is omitted, and never touches them', () => {
        const args = { where: { id: '1' } };
        expect(withDefaultOmits(meta, 'Tag', args)).toBe(args);
        const frozen = Object.freeze({ include: Object.freeze({ posts: true }) });
        expect(withDefaultOmits(meta, 'User', frozen)).toEqual({ include: { posts: { omit: { secret: true } } }, omit: { password: true } });
    });
});
