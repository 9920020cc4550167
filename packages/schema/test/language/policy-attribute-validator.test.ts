import { describe, expect, it } from 'vitest';
import { errorsOf, zmodel } from './language-test-utils.js';

describe('access policy validation', () => {
    it('accepts every operation, alone or in a list with spaces', async () => {
        const errors = await errorsOf(zmodel`
            model User {
                id    Int    @id
                name  String @allow('read, update', true) @deny('all', false)
                @@allow('create', true)
                @@allow('read,update', true)
                @@deny('create, delete', false)
                @@allow('all', true)
            }
        `);
        expect(errors).toEqual([]);
    });

    it('rejects an unknown operation', async () => {
        const errors = await errorsOf(zmodel`
            model User {
                id Int @id
                @@allow('read,write', true)
            }
        `);
        expect(errors).toEqual(["3:13 invalid operation 'write' in '@@allow': expected a comma-separated list of create, read, update, delete, all [invalid-policy-operation]"]);
    });

    it('rejects an empty item in the operation list', async () => {
        const errors = await errorsOf(zmodel`
            model User {
                id Int @id
                @@deny('read,', true)
            }
        `);
        expect(errors).toEqual(["3:12 invalid operation '' in '@@deny': expected a comma-separated list of create, read, update, delete, all [invalid-policy-operation]"]);
    });

    it('rejects create and delete in field-level rules', async () => {
        const errors = await errorsOf(zmodel`
            model User {
                id   Int    @id
                name String @allow('create', true)
            }
        `);
        expect(errors).toEqual(["3:24 invalid operation 'create' in '@allow': expected a comma-separated list of read, update, all [invalid-policy-operation]"]);
    });

    it('rejects an operation that is not a string literal', async () => {
        const errors = await errorsOf(zmodel`
            model User {
                id   Int    @id
                kind String
                @@allow(kind, true)
            }
        `);
        expect(errors).toEqual(["4:13 the operation of '@@allow' must be a string literal such as 'read' or 'create,update' [invalid-policy-operation]"]);
    });

    it('rejects a condition that is not Boolean', async () => {
        const errors = await errorsOf(zmodel`
            model User {
                id   Int    @id
                name String
                @@allow('read', name)
            }
        `);
        expect(errors).toEqual(["4:21 invalid argument 'condition' of '@@allow': expected Boolean, got String [invalid-argument]"]);
    });

    it('rejects a rule without a condition', async () => {
        const errors = await errorsOf(zmodel`
            model User {
                id Int @id
                @@allow('read')
            }
        `);
        expect(errors).toEqual(["3:5 attribute '@@allow' requires argument 'condition' [missing-argument]"]);
    });

    describe('future()', () => {
        it('accepts future() in rules that apply to update', async () => {
            const errors = await errorsOf(zmodel`
                model User {
                    id    Int @id
                    score Int @allow('update', future().score > score)
                    @@allow('update', future().score >= score)
                    @@deny('all', future().score < 0)
                }
            `);
            expect(errors).toEqual([]);
        });

        it('rejects future() in rules that do not apply to update', async () => {
            const errors = await errorsOf(zmodel`
                model User {
                    id    Int @id
                    score Int
                    @@allow('create,read', future().score > 0)
                }
            `);
            expect(errors).toEqual(["4:28 future() can only be used in rules that apply to 'update', not 'create,read' [future-outside-update]"]);
        });
    });
});
