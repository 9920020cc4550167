import { describe, expect, it } from 'vitest';
import { errorsOf, zmodel } from './language-test-utils.js';

describe('attribute application validation', () => {
    it('rejects an unknown attribute', async () => {
        const errors = await errorsOf(zmodel`
            model User {
                id Int @id @primary
            }
        `);
        expect(errors).toEqual(["2:16 unknown attribute '@primary' [linking-error]"]);
    });

    it('rejects an argument the declaration does not have', async () => {
        const errors = await errorsOf(zmodel`
            model User {
                id Int @id(name: "pk")
            }
        `);
        expect(errors).toEqual(["2:16 attribute '@id' has no parameter 'name' [unknown-argument]"]);
    });

    it('rejects an attribute applied twice that may be applied once', async () => {
        const errors = await errorsOf(zmodel`
            model User {
                id Int @id @default(1) @default(2)
            }
        `);
        expect(errors).toEqual(["2:28 attribute '@default' can only be applied once [duplicate-attribute]"]);
    });

    it('rejects an attribute on a field type it does not target', async () => {
        const errors = await errorsOf(zmodel`
            model User {
                id   Int @id
                name Int @email
            }
        `);
        expect(errors).toEqual(["3:14 attribute '@email' cannot be used on a field of type 'Int' (allowed: String) [attribute-target]"]);
    });

    it('rejects a default value of the wrong type', async () => {
        const errors = await errorsOf(zmodel`
            model User {
                id   Int    @id
                name String @default(3)
            }
        `);
        expect(errors).toEqual(["3:26 invalid argument 'value' of '@default': expected String for field 'name', got Int [invalid-argument]"]);
    });

    it('accepts attributes declared in the schema', async () => {
        const errors = await errorsOf(zmodel`
            attribute @@audit(_ level: Int?, tags: String[]?)
            attribute @label(_ text: String)
            model User {
                id Int @id @label("identifier")
                @@audit(2, tags: ["a"])
            }
        `);
        expect(errors).toEqual([]);
    });
});
