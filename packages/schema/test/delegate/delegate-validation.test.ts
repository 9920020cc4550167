import { describe, expect, it } from 'vitest';
import { loadWorkspace, memoryReader } from '../../src/language/workspace-loader.js';

const DATASOURCE = 'datasource db {\n    provider = "sqlite"\n    url = "file:./dev.db"\n}\n';

async function errorsOf(zmodel: string) {
    const workspace = await loadWorkspace('/memory/schema.zmodel', memoryReader({ '/memory/schema.zmodel': DATASOURCE + zmodel }));
    return workspace.diagnostics.filter((d) => d.severity === 'error').map((d) => ({ line: d.line - 4, code: d.code, message: d.message }));
}

const ASSETS = (kind: string, video: string, image = '') => `
enum AssetKind { VIDEO IMAGE }
enum Other { CLIP }
model Asset {
    id   Int @id
    kind ${kind}
    @@delegate(kind)
}
model Video extends Asset {
    duration Int
    ${video}
}
model Image extends Asset {
    width Int
    ${image}
}
`;

describe('polymorphic model validation', () => {
    it('accepts String and enum discriminators, mapped or named after the model', async () => {
        await expect(errorsOf(ASSETS('String', '', ''))).resolves.toEqual([]);
        await expect(errorsOf(ASSETS('String', '@@delegateMap("video")', '@@delegateMap("image")'))).resolves.toEqual([]);
        await expect(errorsOf(ASSETS('AssetKind', '@@delegateMap(VIDEO)', '@@delegateMap(IMAGE)'))).resolves.toEqual([]);
    });

    it('rejects a discriminator that is not a required String or enum', async () => {
        await expect(errorsOf(ASSETS('Int', ''))).resolves.toEqual([
            { line: 7, code: 'invalid-discriminator', message: "the discriminator field 'kind' must be a String or an enum" },
        ]);
        await expect(errorsOf(ASSETS('String?', ''))).resolves.toEqual([
            { line: 7, code: 'invalid-discriminator', message: "the discriminator 'kind' must be required and not a list" },
        ]);
    });

    it('rejects a model name missing from an enum discriminator', async () => {
        await expect(errorsOf(ASSETS('AssetKind', '@@delegateMap(VIDEO)'))).resolves.toEqual([
            {
                line: 13,
                code: 'discriminator-value-missing',
                message: "'Image' is not a member of enum AssetKind, which Asset.kind stores: add it to the enum or map the model with @@delegateMap(<member>)",
            },
        ]);
    });

    it('rejects a value of the wrong kind and a member of another enum', async () => {
        await expect(errorsOf(ASSETS('AssetKind', '@@delegateMap("VIDEO")', '@@delegateMap(IMAGE)'))).resolves.toEqual([
            { line: 11, code: 'invalid-delegate-map', message: '@@delegateMap needs a member of enum AssetKind, because Asset.kind is of that enum' },
        ]);
        await expect(errorsOf(ASSETS('AssetKind', '@@delegateMap(CLIP)', '@@delegateMap(IMAGE)'))).resolves.toEqual([
            { line: 11, code: 'invalid-delegate-map', message: 'CLIP is a member of enum Other, but Asset.kind is of enum AssetKind' },
        ]);
        await expect(errorsOf(ASSETS('String', '@@delegateMap(42)'))).resolves.toEqual([
            { line: 11, code: 'invalid-delegate-map', message: '@@delegateMap needs a string for Asset.kind, a String discriminator' },
        ]);
    });

    it('rejects a value repeated among siblings', async () => {
        await expect(errorsOf(ASSETS('String', '@@delegateMap("media")', '@@delegateMap("media")'))).resolves.toEqual([
            { line: 11, code: 'duplicate-discriminator-value', message: "'media' is already the discriminator value of Image in the Asset hierarchy: give one of them another @@delegateMap" },
            { line: 15, code: 'duplicate-discriminator-value', message: "'media' is already the discriminator value of Video in the Asset hierarchy: give one of them another @@delegateMap" },
        ]);
    });

    it('rejects extending two polymorphic bases', async () => {
        const errors = await errorsOf(`
model A { id Int @id
    type String
    @@delegate(type) }
model B { id Int @id
    type2 String
    @@delegate(type2) }
model C extends A, B { x Int }
`);
        expect(errors).toContainEqual({ line: 8, code: 'multiple-delegate-bases', message: 'a model can extend only one polymorphic base: A and B are both marked @@delegate' });
    });

    it('rejects @@delegateMap outside a hierarchy and an abstract base', async () => {
        await expect(errorsOf(`model A { id Int @id\n    @@delegateMap("a") }`)).resolves.toMatchObject([{ code: 'delegate-map-without-base' }]);
        await expect(errorsOf(`abstract model A { id Int @id\n    type String\n    @@delegate(type) }`)).resolves.toMatchObject([{ code: 'abstract-delegate' }]);
    });
});
