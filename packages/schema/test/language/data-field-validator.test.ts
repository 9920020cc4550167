import { describe, expect, it } from 'vitest';
import { errorsOf, zmodel } from './language-test-utils.js';

describe('data field validation', () => {
    it('rejects an optional list', async () => {
        const errors = await errorsOf(zmodel`
            model User {
                id   Int       @id
                tags String[]?
            }
        `);
        expect(errors).toEqual(["3:10 list field 'tags' cannot be optional: a list is empty instead [optional-list]"]);
    });

    it('rejects @id on an optional field', async () => {
        const errors = await errorsOf(zmodel`
            model User {
                id Int? @id
            }
        `);
        expect(errors).toEqual(["2:13 @id field 'id' must be required [optional-id]"]);
    });

    it('rejects a field of a type declaration that refers to a model', async () => {
        const errors = await errorsOf(zmodel`
            model User {
                id Int @id
            }
            type Info {
                owner User
            }
        `);
        expect(errors).toEqual(["5:11 field 'owner' of a type declaration cannot refer to model 'User' [type-relation]"]);
    });

    it('rejects a field that refers to an abstract model', async () => {
        const errors = await errorsOf(zmodel`
            abstract model Base {
                id Int @id
            }
            model User {
                id   Int  @id
                base Base
            }
        `);
        expect(errors).toEqual(["6:10 field 'base' cannot refer to abstract model 'Base': abstract models have no table [abstract-reference]"]);
    });

    it('rejects @relation on a scalar field', async () => {
        const errors = await errorsOf(zmodel`
            model User {
                id   Int    @id
                name String @relation("x")
            }
        `);
        expect(errors).toEqual(['3:17 @relation can only be used on a field whose type is a model [relation-on-scalar]']);
    });

    it('rejects an unknown field type', async () => {
        const errors = await errorsOf(zmodel`
            model User {
                id   Int @id
                role Role
            }
        `);
        expect(errors).toEqual(["3:10 unknown type 'Role' [linking-error]"]);
    });
});
