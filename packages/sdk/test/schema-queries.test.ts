import { describe, expect, it } from 'vitest';
import type { AttributeApplication, ModelDef, SchemaDef } from '../src/ir/schema.js';
import { concreteModels, getAttribute, getAttributeArg, getField, getModel, hasAttribute, isRelationField } from '../src/ir/schema-queries.js';

const index: AttributeApplication = {
    name: '@@index',
    isPrisma: true,
    args: [{ value: { kind: 'array', items: [{ kind: 'field', name: 'email' }] } }, { name: 'map', value: { kind: 'literal', value: 'ix' } }],
};
const user: ModelDef = {
    name: 'User',
    kind: 'model',
    isAbstract: false,
    baseModels: [],
    fields: [
        { name: 'email', type: { kind: 'scalar', name: 'String', array: false, optional: false }, attributes: [], documentation: [] },
        { name: 'posts', type: { kind: 'model', name: 'Post', array: true, optional: false }, attributes: [], documentation: [] },
    ],
    attributes: [index],
    documentation: [],
};
const base: ModelDef = { ...user, name: 'Base', isAbstract: true, fields: [], attributes: [] };
const schema = { models: [user, base] } as unknown as SchemaDef;

describe('schema queries', () => {
    it('finds models, fields and attributes by name', () => {
        expect(getModel(schema, 'User')).toBe(user);
        expect(getField(user, 'posts')?.type.kind).toBe('model');
        expect(getAttribute(user, '@@index')).toBe(index);
        expect(hasAttribute(user, '@@map')).toBe(false);
        expect(isRelationField(user.fields[1]!)).toBe(true);
        expect(concreteModels(schema).map((m) => m.name)).toEqual(['User']);
    });

    it('binds attribute arguments by name, then by position', () => {
        expect(getAttributeArg(index, 'map')?.value).toEqual({ kind: 'literal', value: 'ix' });
        expect(getAttributeArg(index, 'fields')?.value.kind).toBe('array');
    });
});
