import { describe, expect, it } from 'vitest';
import { errorsOf, zmodel } from './language-test-utils.js';

describe('data model validation', () => {
    describe('field names', () => {
        it('rejects a field declared twice', async () => {
            const errors = await errorsOf(zmodel`
                model User {
                    id    Int    @id
                    email String
                    email String
                }
            `);
            expect(errors).toEqual(["4:5 duplicate field 'email' in model 'User' [duplicate-field]"]);
        });

        it('rejects a field that repeats an inherited one', async () => {
            const errors = await errorsOf(zmodel`
                abstract model Base {
                    id Int @id
                }
                model User extends Base {
                    id Int @id
                }
            `);
            expect(errors).toEqual(["5:5 field 'id' is already declared in base model 'Base' [duplicate-field]"]);
        });

        it('rejects a field inherited from two unrelated bases', async () => {
            const errors = await errorsOf(zmodel`
                abstract model A {
                    name String
                }
                abstract model B {
                    name String
                }
                model User extends A, B {
                    id Int @id
                }
            `);
            expect(errors).toEqual(["7:23 field 'name' is inherited from both 'A' and 'B' [duplicate-field]"]);
        });

        it('accepts a field inherited twice through one shared base', async () => {
            const errors = await errorsOf(zmodel`
                abstract model Base {
                    id Int @id
                }
                abstract model A extends Base {
                    a String
                }
                abstract model B extends Base {
                    b String
                }
                model User extends A, B {
                    name String
                }
            `);
            expect(errors).toEqual([]);
        });
    });

    describe('unique criterion', () => {
        it('rejects a model without @id, @@id or a unique over required fields', async () => {
            const errors = await errorsOf(zmodel`
                model Log {
                    message String
                }
            `);
            expect(errors).toEqual([
                "1:7 model 'Log' has no unique criterion: mark a field with @id, or add @@id, or a @unique/@@unique over required fields [missing-unique-criterion]",
            ]);
        });

        it('rejects a model whose only unique fields are optional', async () => {
            const errors = await errorsOf(zmodel`
                model Log {
                    code  String? @unique
                    a     Int?
                    b     Int
                    @@unique([a, b])
                }
            `);
            expect(errors).toEqual([expect.stringMatching(/^1:7 model 'Log' has no unique criterion.*\[missing-unique-criterion\]$/)]);
        });

        it.each([
            ['@id', 'id Int @id'],
            ['@@id', 'a Int\n b Int\n @@id([a, b])'],
            ['@unique on a required field', 'email String @unique'],
            ['@@unique over required fields', 'a Int\n b String\n @@unique([a, b])'],
        ])('accepts %s', async (_name, body) => {
            expect(await errorsOf(`model M {\n ${body}\n}`)).toEqual([]);
        });

        it('accepts an @id inherited from an abstract base or a delegate base', async () => {
            const errors = await errorsOf(zmodel`
                abstract model Base {
                    id Int @id
                }
                model Asset extends Base {
                    kind String
                    @@delegate(kind)
                }
                model Image extends Asset {
                    width Int
                }
            `);
            expect(errors).toEqual([]);
        });

        it('accepts abstract models, views and ignored models without one', async () => {
            const errors = await errorsOf(zmodel`
                abstract model Base {
                    createdAt DateTime
                }
                view Report {
                    total Int
                }
                model Legacy {
                    payload String
                    @@ignore
                }
            `);
            expect(errors).toEqual([]);
        });
    });

    describe('inheritance', () => {
        it('rejects extending a model that is neither abstract nor a delegate', async () => {
            const errors = await errorsOf(zmodel`
                model Base {
                    id Int @id
                }
                model User extends Base {
                    name String
                }
            `);
            expect(errors).toEqual([
                "4:20 model 'User' cannot extend 'Base': only abstract models and models marked @@delegate can be extended [invalid-base-model]",
            ]);
        });

        it('rejects an inheritance cycle on each extends clause that closes it', async () => {
            const errors = await errorsOf(zmodel`
                abstract model A extends B {
                    a Int
                }
                abstract model B extends A {
                    b Int
                }
            `);
            expect(errors).toEqual([
                "1:26 cyclic inheritance: model 'A' extends itself through 'B' [cyclic-inheritance]",
                "4:26 cyclic inheritance: model 'B' extends itself through 'A' [cyclic-inheritance]",
            ]);
        });

        it('rejects a model that extends itself', async () => {
            const errors = await errorsOf(zmodel`
                abstract model A extends A {
                    a Int
                }
            `);
            expect(errors).toEqual(["1:26 cyclic inheritance: model 'A' extends itself [cyclic-inheritance]"]);
        });

        it('rejects extending an unknown model', async () => {
            const errors = await errorsOf(zmodel`
                model User extends Missing {
                    id Int @id
                }
            `);
            expect(errors).toEqual(["1:20 unknown model 'Missing' [linking-error]"]);
        });
    });

    describe('field lists', () => {
        it('rejects a relation field in @@index and @@unique', async () => {
            const errors = await errorsOf(zmodel`
                model User {
                    id    Int    @id
                    posts Post[]
                }
                model Post {
                    id       Int  @id
                    author   User @relation(fields: [authorId], references: [id])
                    authorId Int
                    @@index([author])
                    @@unique([authorId, author])
                }
            `);
            expect(errors).toEqual([
                "9:14 relation field 'author' cannot be used in @@index: name its scalar fields instead [relation-field-in-index]",
                "10:25 relation field 'author' cannot be used in @@unique: name its scalar fields instead [relation-field-in-index]",
            ]);
        });

        it('rejects an optional field in @@id', async () => {
            const errors = await errorsOf(zmodel`
                model Pair {
                    a Int
                    b Int?
                    @@id([a, b])
                }
            `);
            expect(errors).toEqual(["4:14 field 'b' in @@id must be required [optional-id]"]);
        });
    });

    describe('@@delegate', () => {
        it('accepts a String or enum discriminator of the model', async () => {
            const errors = await errorsOf(zmodel`
                enum Kind { IMAGE VIDEO }
                model Asset {
                    id   Int  @id
                    kind Kind
                    @@delegate(kind)
                }
            `);
            expect(errors).toEqual([]);
        });

        it('rejects a discriminator that is not a String or an enum', async () => {
            const errors = await errorsOf(zmodel`
                model Asset {
                    id   Int @id
                    kind Int
                    @@delegate(kind)
                }
            `);
            expect(errors).toEqual(["4:16 the discriminator field 'kind' must be a String or an enum [invalid-discriminator]"]);
        });

        it('rejects a discriminator that is not a field', async () => {
            const errors = await errorsOf(zmodel`
                model Asset {
                    id Int @id
                    @@delegate('kind')
                }
            `);
            expect(errors).toEqual(["3:16 invalid argument 'discriminator' of '@@delegate': expected a field name [invalid-argument]"]);
        });
    });
});
