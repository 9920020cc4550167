import { describe, expect, it } from 'vitest';
import {
    abstractModels,
    getDbName,
    getDelegateBase,
    getDelegateRoots,
    getDiscriminatorField,
    getForeignKeyFields,
    getIdFields,
    getOppositeField,
    getRelatedModel,
    getRelationFields,
    getSubModels,
    isDelegateInherited,
    isDelegateModel,
    isIdField,
    isListField,
    isOptionalField,
    isScalarField,
    isUniqueField,
    viewModels,
} from '../src/index.js';
import { blogSchema, content, post, tag, user } from './fixtures/blog-schema.js';

const fieldOf = (model: typeof user, name: string) => model.fields.find((f) => f.name === name)!;

describe('model queries', () => {
    it('lists abstract models and views apart from tables', () => {
        expect(abstractModels(blogSchema)).toEqual([]);
        expect(viewModels(blogSchema)).toEqual([]);
    });

    it('knows table names, primary keys and foreign keys', () => {
        expect(getDbName(user)).toBe('users');
        expect(getDbName(post)).toBe('Post');
        expect(getIdFields(user).map((f) => f.name)).toEqual(['id']);
        expect(getIdFields(tag).map((f) => f.name)).toEqual(['postId', 'name']);
        expect([...getForeignKeyFields(content)]).toEqual(['ownerId']);
    });
});

describe('field queries', () => {
    it('tells scalar from relation fields, and ids, uniques, optionals and lists', () => {
        expect(user.fields.filter(isScalarField).map((f) => f.name)).toEqual(['id', 'email', 'secret']);
        expect(isIdField(tag, fieldOf(tag, 'name'))).toBe(true);
        expect(isUniqueField(user, fieldOf(user, 'email'))).toBe(true);
        expect(isOptionalField(fieldOf(user, 'secret'))).toBe(true);
        expect(isListField(fieldOf(user, 'posts'))).toBe(true);
    });

    it('pairs the two sides of a relation, also through a delegate base', () => {
        const owner = fieldOf(content, 'owner');
        expect(getRelationFields(owner)).toEqual(['ownerId']);
        expect(getRelatedModel(blogSchema, owner)).toBe(user);
        expect(getOppositeField(fieldOf(user, 'posts'), user, post)?.name).toBe('owner');
        expect(getOppositeField(fieldOf(post, 'tags'), post, tag)?.name).toBe('posts');
    });
});

describe('delegate queries', () => {
    it('finds the base, the sub models and the discriminator of a hierarchy', () => {
        expect(isDelegateModel(content)).toBe(true);
        expect(getDelegateRoots(blogSchema)).toEqual([content]);
        expect(getSubModels(blogSchema, content)).toEqual([post]);
        expect(getDelegateBase(blogSchema, post)).toBe(content);
        expect(getDiscriminatorField(content)?.name).toBe('type');
    });

    it('tells fields stored in the base table from those of the sub model', () => {
        expect(post.fields.filter((f) => !isDelegateInherited(blogSchema, post, f)).map((f) => f.name)).toEqual(['title', 'tags']);
    });
});
