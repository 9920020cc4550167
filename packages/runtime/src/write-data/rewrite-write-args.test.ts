import type { FieldInfo, ModelMeta } from '@zenstackhq/sdk';
import { describe, expect, it } from 'vitest';
import type { Plain } from '../delegate/rewrite/paths.js';
import { rewriteWriteArgs, type DataRewriter } from './rewrite-write-args.js';

const scalar = (name: string): FieldInfo => ({ name, type: 'String', kind: 'scalar', isList: false, isOptional: false, attributes: [] });
const relation = (name: string, type: string, isList: boolean): FieldInfo => ({ name, type, kind: 'object', isList, isOptional: !isList, attributes: [] });
const model = (name: string, fields: FieldInfo[]) => ({
    name,
    fields: Object.fromEntries(fields.map((f) => [f.name, f])),
    idFields: ['id'],
    uniqueConstraints: {},
    attributes: [],
});

const meta: ModelMeta = {
    provider: 'sqlite',
    enums: {},
    models: {
        User: model('User', [scalar('name'), relation('posts', 'Post', true), relation('profile', 'Profile', false)]),
        Post: model('Post', [scalar('title'), relation('author', 'User', false)]),
        Profile: model('Profile', [scalar('bio')]),
    },
};

/** Records each row's model and mode, and upper-cases its strings. */
function recorder(): { seen: string[]; rewrite: DataRewriter } {
    const seen: string[] = [];
    const rewrite: DataRewriter = (model, data, mode) => {
        seen.push(`${model}:${mode}`);
        return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typeof v === 'string' ? v.toUpperCase() : v])) as Plain;
    };
    return { seen, rewrite };
}

describe('rewriteWriteArgs', () => {
    it('visits every row a nested create writes, outer rows first', async () => {
        const { seen, rewrite } = recorder();
        const args = {
            data: {
                name: 'ann',
                posts: { create: [{ title: 'a' }, { title: 'b', author: { connectOrCreate: { where: { id: 1 }, create: { name: 'bob' } } } }], createMany: { data: [{ title: 'c' }] } },
                profile: { create: { bio: 'hi' } },
            },
        };
        const result = await rewriteWriteArgs(meta, 'User', 'create', args, rewrite);
        expect(seen).toEqual(['User:create', 'Post:create', 'Post:create', 'User:create', 'Post:create', 'Profile:create']);
        expect(result).toEqual({
            data: {
                name: 'ANN',
                posts: { create: [{ title: 'A' }, { title: 'B', author: { connectOrCreate: { where: { id: 1 }, create: { name: 'BOB' } } } }], createMany: { data: [{ title: 'C' }] } },
                profile: { create: { bio: 'HI' } },
            },
        });
        expect(args.data.name).toBe('ann');
        expect(args.data.posts.create[0]!.title).toBe('a');
    });

    it('tells updates from creates in update, updateMany and upsert, nested or not', async () => {
        const { seen, rewrite } = recorder();
        await rewriteWriteArgs(meta, 'User', 'upsert', { where: { id: 1 }, create: { name: 'a' }, update: { name: 'b' } }, rewrite);
        await rewriteWriteArgs(
            meta,
            'User',
            'update',
            {
                where: { id: 1 },
                data: {
                    posts: { update: { where: { id: 1 }, data: { title: 'x' } }, updateMany: [{ where: {}, data: { title: 'y' } }], upsert: { where: { id: 2 }, create: { title: 'z' }, update: { title: 'w' } } },
                    profile: { update: { bio: 'to-one, data itself' } },
                },
            },
            rewrite,
        );
        expect(seen).toEqual(['User:create', 'User:update', 'User:update', 'Post:update', 'Post:update', 'Post:create', 'Post:update', 'Profile:update']);
    });

    it('tells a to-one update given as { where, data } from the data itself', async () => {
        const { rewrite } = recorder();
        const result = await rewriteWriteArgs(meta, 'User', 'update', { where: { id: 1 }, data: { profile: { update: { where: {}, data: { bio: 'x' } } } } }, rewrite);
        expect(result).toEqual({ where: { id: 1 }, data: { profile: { update: { where: {}, data: { bio: 'X' } } } } });
    });

    it('leaves reads and deletes alone', async () => {
        const { seen, rewrite } = recorder();
        const args = { where: { name: 'a' } };
        expect(await rewriteWriteArgs(meta, 'User', 'findMany', args, rewrite)).toBe(args);
        expect(await rewriteWriteArgs(meta, 'User', 'deleteMany', args, rewrite)).toBe(args);
        expect(seen).toEqual([]);
    });
});
