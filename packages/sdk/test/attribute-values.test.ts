import { describe, expect, it } from 'vitest';
import { getAttribute, getAttributeArgValue, getAttributeArgValues, getFieldListArg, toPlainValue } from '../src/index.js';
import { post, tag, user } from './fixtures/blog-schema.js';

describe('attribute arguments as values', () => {
    const email = user.fields.find((f) => f.name === 'email')!;
    const title = post.fields.find((f) => f.name === 'title')!;

    it('binds unnamed arguments through the parameter the compiler resolved', () => {
        const length = getAttribute(email, '@length')!;
        expect(getAttributeArgValue(length, 'min')).toBe(5);
        expect(getAttributeArgValue(length, 'max')).toBe(80);
        expect(getAttributeArgValues(length)).toEqual({ min: 5, max: 80 });
    });

    it('binds named arguments by name and leaves missing ones undefined', () => {
        const length = getAttribute(title, '@length')!;
        expect(getAttributeArgValue(length, 'max')).toBe(200);
        expect(getAttributeArgValue(length, 'min')).toBeUndefined();
    });

    it('turns literals, arrays, objects, enum values and field references into plain values', () => {
        expect(
            toPlainValue({
                kind: 'object',
                fields: [
                    { name: 'list', value: { kind: 'array', items: [{ kind: 'literal', value: 1 }, { kind: 'null' }] } },
                    { name: 'sort', value: { kind: 'enumValue', enum: 'SortOrder', name: 'Desc' } },
                    { name: 'field', value: { kind: 'field', name: 'email' } },
                ],
            }),
        ).toEqual({ list: [1, null], sort: 'Desc', field: 'email' });
        expect(toPlainValue({ kind: 'call', function: 'now', args: [] })).toBeUndefined();
    });

    it('reads field lists such as @@id([...])', () => {
        expect(getFieldListArg(getAttribute(tag, '@@id')!, 'fields')).toEqual(['postId', 'name']);
    });
});
