import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { generate } from 'zenstack';
import { beforeAll, describe, expect, it } from 'vitest';
import { BLOG_SCHEMA } from '../fixtures/blog-schema.js';

const SCHEMA = `
datasource db {
    provider = "sqlite"
    url      = "file:./dev.db"
}

attribute @pii(_ reason: String?)

plugin inventory {
    provider = './plugins/inventory.mjs'
    output   = './generated/inventory.json'
}

plugin erd {
    provider = '@core/erd'
}
${BLOG_SCHEMA}
model Asset {
    id      Int    @id @default(autoincrement())
    kind    String
    ownerId Int    @pii('links a person')
    @@delegate(kind)
}

model Image extends Asset {
    width Int
}
`;

// a plugin as users write it: plain JavaScript on the sdk's helpers
const INVENTORY_PLUGIN = `
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { concreteModels, getAttribute, getAttributeArgValue, getDelegateRoots, getIdFields, getSubModels } from '@zenstackhq/sdk';

export default function inventory({ schema, options, schemaPath, dmmf }) {
    const pii = concreteModels(schema).flatMap((m) =>
        m.fields.filter((f) => getAttribute(f, '@pii')).map((f) => ({ model: m.name, field: f.name, reason: getAttributeArgValue(getAttribute(f, '@pii'), 'reason') })),
    );
    const output = resolve(dirname(schemaPath), options.output);
    mkdirSync(dirname(output), { recursive: true });
    writeFileSync(output, JSON.stringify({
        keys: Object.fromEntries(concreteModels(schema).map((m) => [m.name, getIdFields(m).map((f) => f.name)])),
        hierarchies: getDelegateRoots(schema).map((root) => [root.name, getSubModels(schema, root).map((m) => m.name)]),
        pii,
        imageColumns: dmmf.datamodel.models.find((m) => m.name === 'Image').fields.filter((f) => f.kind === 'scalar').map((f) => f.name),
    }));
}
`;

describe('zenstack generate with plugins on a blog schema', () => {
    let project: string;
    const steps: string[] = [];

    beforeAll(async () => {
        project = mkdtempSync(join(tmpdir(), 'zenstack-plugins-'));
        writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'plugins-project', private: true }));
        writeFileSync(join(project, 'schema.zmodel'), SCHEMA);
        mkdirSync(join(project, 'plugins'));
        writeFileSync(join(project, 'plugins/inventory.mjs'), INVENTORY_PLUGIN);
        // the project depends on the sdk, as a plugin's package would
        const sdkDir = dirname(dirname(createRequire(import.meta.url).resolve('@zenstackhq/sdk')));
        mkdirSync(join(project, 'node_modules/@zenstackhq'), { recursive: true });
        symlinkSync(sdkDir, join(project, 'node_modules/@zenstackhq/sdk'), 'dir');
        await generate({ schemaFile: join(project, 'schema.zmodel'), prismaGenerate: false, onStep: (step) => steps.push(step) });
    });

    it('runs the user plugin and the ERD plugin after the core steps', () => {
        expect(steps.slice(-2)).toEqual(['Running plugin inventory (./plugins/inventory.mjs)', 'Running plugin erd (@core/erd)']);
    });

    it('gives the plugin the schema with custom attributes, and the DMMF with inherited fields', () => {
        const inventory = JSON.parse(readFileSync(join(project, 'generated/inventory.json'), 'utf8'));
        expect(inventory).toEqual({
            keys: { User: ['id'], Profile: ['id'], Post: ['id'], Asset: ['id'], Image: ['id'] },
            hierarchies: [['Asset', ['Image']]],
            pii: [
                { model: 'Asset', field: 'ownerId', reason: 'links a person' },
                { model: 'Image', field: 'ownerId', reason: 'links a person' },
            ],
            imageColumns: ['id', 'kind', 'ownerId', 'width'],
        });
    });

    it('writes the ERD next to the schema', () => {
        const erd = readFileSync(join(project, 'erd.md'), 'utf8');
        expect(erd).toContain('"User" ||--o| "Profile" : "profile / user"');
        expect(erd).toContain('"User" ||--o{ "Post" : "posts / author"');
        expect(erd).toContain('"Asset" ||--o| "Image" : "delegate"');
        expect(erd).toContain('Asset <|-- Image');
        expect(erd).toContain('- `Role`: `USER`, `ADMIN`');
    });
});
