import { describe, expect, it } from 'vitest';
import { errorsOf, zmodel } from './language-test-utils.js';

describe('function invocation validation', () => {
    describe('arguments', () => {
        it('rejects too many arguments', async () => {
            const errors = await errorsOf(zmodel`
                model User {
                    id        Int      @id
                    createdAt DateTime @default(now(1))
                }
            `);
            expect(errors).toEqual(["3:37 function 'now' takes 0 argument(s), got 1 [too-many-arguments]"]);
        });

        it('rejects a missing argument', async () => {
            const errors = await errorsOf(zmodel`
                model User {
                    id   Int    @id
                    name String
                    @@validate(length(name))
                }
            `);
            expect(errors).toEqual(["4:16 function 'length' requires argument 'min' [missing-argument]"]);
        });

        it('rejects an argument of the wrong type', async () => {
            const errors = await errorsOf(zmodel`
                model User {
                    id   Int    @id
                    name String
                    @@validate(startsWith(name, 1))
                }
            `);
            expect(errors).toEqual(["4:33 invalid argument 'search' of 'startsWith()': expected String, got Int [invalid-argument]"]);
        });

        it('accepts optional arguments left out', async () => {
            const errors = await errorsOf(zmodel`
                model User {
                    id   String @id @default(uuid())
                    code String @default(nanoid(8))
                    name String
                    @@allow('read', contains(name, 'a') && contains(name, 'b', true))
                }
            `);
            expect(errors).toEqual([]);
        });
    });

    describe('expression context', () => {
        it.each([
            ['future() in @default', 'value Int @default(future())', 'function \'future\' cannot be used in @default; it is only allowed in access policies'],
            ['autoincrement() in a policy', "value Int\n    @@allow('read', autoincrement() > 0)", "function 'autoincrement' cannot be used in access policies; it is only allowed in @default"],
            ['auth() in a validation rule', 'value Int\n    @@validate(auth() != null)', "function 'auth' cannot be used in validation rules; it is only allowed in @default, access policies"],
            ['now() in an index', 'value DateTime\n    @@index([value(ops: now())])', "function 'now' cannot be used in indexes and unique constraints; it is only allowed in @default, access policies, validation rules"],
            ['raw() in @default', 'value String @default(raw("x"))', "function 'raw' cannot be used in @default; it is only allowed in indexes and unique constraints"],
        ])('rejects %s', async (_name, body, message) => {
            const errors = await errorsOf(`model User {\n    id Int @id\n    ${body}\n}\nmodel Other {\n    id Int @id\n}\n`);
            expect(errors.map((e) => e.replace(/^\d+:\d+ /, ''))).toContain(`${message} [function-context]`);
        });

        it('locates the call it rejects', async () => {
            const errors = await errorsOf(zmodel`
                model User {
                    id    Int @id
                    value Int @default(future())
                }
            `);
            expect(errors).toContain("3:24 function 'future' cannot be used in @default; it is only allowed in access policies [function-context]");
        });

        it('accepts functions in the contexts they declare', async () => {
            const errors = await errorsOf(zmodel`
                model User {
                    id        Int      @id @default(autoincrement())
                    createdAt DateTime @default(now())
                    ownerId   Int      @default(auth().id)
                    email     String
                    @@allow('read', createdAt < now() && auth() != null)
                    @@validate(email(email) && createdAt <= now())
                    @@index([email(ops: raw("text_pattern_ops"))])
                    @@meta('generated', now())
                }
            `);
            expect(errors).toEqual([]);
        });
    });

    describe('built-in functions', () => {
        it('rejects auth() when no model is marked @@auth or named User', async () => {
            const errors = await errorsOf(zmodel`
                model Account {
                    id Int @id
                    @@allow('read', auth() != null)
                }
            `);
            expect(errors).toEqual(["3:21 auth() needs a model or type marked @@auth, or a model named 'User' [unresolved-auth]"]);
        });

        it('accepts auth() typed by a type marked @@auth', async () => {
            const errors = await errorsOf(zmodel`
                type Session {
                    userId String @id
                    role   String
                    @@auth
                }
                model Account {
                    id Int @id
                    @@allow('read', auth().role == 'admin')
                }
            `);
            expect(errors).toEqual([]);
        });

        it('rejects check() on a field that is not a relation, or with an unknown operation', async () => {
            const errors = await errorsOf(zmodel`
                model User {
                    id    Int    @id
                    posts Post[]
                }
                model Post {
                    id       Int  @id
                    author   User @relation(fields: [authorId], references: [id])
                    authorId Int
                    @@allow('read', check(authorId) || check(author, 'view'))
                }
            `);
            expect(errors).toEqual([
                "9:27 the first argument of check() must be a relation field, got Int [invalid-argument]",
                "9:54 the operation of check() must be one of 'create', 'read', 'update', 'delete' [invalid-argument]",
            ]);
        });

        it('rejects an unknown casing for currentModel()', async () => {
            const errors = await errorsOf(zmodel`
                model User {
                    id Int @id
                    @@allow('read', currentModel('snake') == 'user')
                }
            `);
            expect(errors).toEqual(["3:34 the casing of currentModel() must be one of 'original', 'upper', 'lower', 'capitalize', 'uncapitalize' [invalid-argument]"]);
        });

        it('rejects an unknown function', async () => {
            const errors = await errorsOf(zmodel`
                model User {
                    id String @id @default(uuid7())
                }
            `);
            expect(errors).toEqual(["2:28 unknown function 'uuid7' [linking-error]"]);
        });
    });
});
