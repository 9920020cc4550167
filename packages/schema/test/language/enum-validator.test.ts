import { describe, expect, it } from 'vitest';
import { errorsOf, zmodel } from './language-test-utils.js';

describe('enum validation', () => {
    it('rejects a value declared twice', async () => {
        const errors = await errorsOf(zmodel`
            enum Role {
                USER
                ADMIN
                USER
            }
        `);
        expect(errors).toEqual(["4:5 duplicate value 'USER' in enum 'Role' [duplicate-enum-value]"]);
    });

    it('rejects an enum without values', async () => {
        const errors = await errorsOf(zmodel`
            enum Role {
            }
        `);
        expect(errors).toEqual(["1:6 enum 'Role' must have at least one value [empty-enum]"]);
    });

    it('accepts values with @map and an enum with @@map', async () => {
        const errors = await errorsOf(zmodel`
            enum Role {
                USER  @map("user")
                ADMIN @map("admin")
                @@map("roles")
            }
        `);
        expect(errors).toEqual([]);
    });
});
