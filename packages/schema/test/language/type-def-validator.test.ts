import { describe, expect, it } from 'vitest';
import { errorsOf, zmodel } from './language-test-utils.js';

describe('type declaration validation', () => {
    it('accepts a type that extends another and a model field of that type', async () => {
        const errors = await errorsOf(zmodel`
            type Named {
                name String
            }
            type Address extends Named {
                street String
                zip    String?
            }
            model Site {
                id      Int     @id
                address Address @json
            }
        `);
        expect(errors).toEqual([]);
    });

    it('rejects a field declared twice, or again after a base type declares it', async () => {
        const errors = await errorsOf(zmodel`
            type Named {
                name String
            }
            type Address extends Named {
                street String
                street String
                name   String
            }
        `);
        expect(errors).toEqual([
            "6:5 duplicate field 'street' in type 'Address' [duplicate-field]",
            "7:5 field 'name' is already declared in base type 'Named' [duplicate-field]",
        ]);
    });

    it('rejects an inheritance cycle between types', async () => {
        const errors = await errorsOf(zmodel`
            type A extends B {
                a Int
            }
            type B extends A {
                b Int
            }
        `);
        expect(errors).toEqual([
            "1:16 cyclic inheritance: type 'A' extends itself through 'B' [cyclic-inheritance]",
            "4:16 cyclic inheritance: type 'B' extends itself through 'A' [cyclic-inheritance]",
        ]);
    });
});
