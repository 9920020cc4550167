import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_MODELS } from '../helpers/content-models.js';
import { runCli } from '../helpers/run-cli.js';
import { createTempProject } from '../helpers/temp-project.js';

const DATASOURCE = `
datasource db {
    provider = "sqlite"
    url      = "file:./dev.db"
}
`;

const MODELS = `${CONTENT_MODELS}
attribute @secret(level: Int?)

model Account {
    id    Int     @id
    token String? @secret(level: 2)
}
`;

// writes what it received, so the test can look at it
const RECORDING_PLUGIN = `
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export default function record({ schema, options, schemaPath, outputDir, dmmf, warn }) {
    const post = dmmf.datamodel.models.find((m) => m.name === 'Post');
    const token = schema.models.find((m) => m.name === 'Account').fields.find((f) => f.name === 'token');
    const output = resolve(dirname(schemaPath), options.output);
    mkdirSync(dirname(output), { recursive: true });
    writeFileSync(output, JSON.stringify({
        options,
        outputDir,
        dmmfModels: dmmf.datamodel.models.map((m) => m.name),
        postFields: post.fields.map((f) => f.name),
        attributeDecls: schema.attributeDecls.map((a) => a.name),
        tokenAttributes: token.attributes,
    }));
    warn('recorded');
}
`;

describe('zenstack generate with plugins', () => {
    let project: string;
    let run: ReturnType<typeof runCli>;

    beforeAll(() => {
        project = createTempProject({
            'schema.zmodel': `${DATASOURCE}
plugin recorder {
    provider = './plugins/record'
    output   = './out/recorded.json'
    tags     = ['a', 'b']
    nested   = { depth: 2 }
}

plugin diagrams {
    provider = '@core/erd'
    output   = './docs/diagrams.md'
}
${MODELS}`,
            'plugins/record.mjs': RECORDING_PLUGIN,
        });
        run = runCli(['generate', '--no-prisma-generate'], project);
    });

    it('runs each plugin as a step after the core ones', () => {
        expect(run.status, run.stderr).toBe(0);
        const steps = run.stdout.split('\n').filter((l) => l.startsWith('• '));
        expect(steps.slice(-2)).toEqual(['• Running plugin recorder (./plugins/record)', '• Running plugin diagrams (@core/erd)']);
        expect(run.stderr).toBe("warning: plugin 'recorder': recorded\n");
    });

    it('gives a user plugin its options, the output folder and the DMMF of the logical schema', () => {
        const recorded = JSON.parse(readFileSync(join(project, 'out/recorded.json'), 'utf8'));
        expect(recorded.options).toEqual({ provider: './plugins/record', output: './out/recorded.json', tags: ['a', 'b'], nested: { depth: 2 } });
        expect(recorded.outputDir).toBe(join(project, 'node_modules/.zenstack'));
        expect(recorded.dmmfModels).toEqual(['User', 'Content', 'Post', 'Video', 'Account']);
        // the logical schema: Post has the fields it inherits from its delegate base
        expect(recorded.postFields).toEqual(expect.arrayContaining(['id', 'ownerId', 'type', 'title']));
    });

    it('shows custom attribute declarations and their applications to plugins', () => {
        const recorded = JSON.parse(readFileSync(join(project, 'out/recorded.json'), 'utf8'));
        expect(recorded.attributeDecls).toEqual(['@secret']);
        expect(recorded.tokenAttributes).toEqual([{ name: '@secret', args: [{ name: 'level', value: { kind: 'literal', value: 2 } }], isPrisma: false }]);
    });

    it('runs the ERD core plugin, writing Mermaid diagrams to its output', () => {
        const markdown = readFileSync(join(project, 'docs/diagrams.md'), 'utf8');
        expect(markdown).toContain('```mermaid\nerDiagram\n');
        expect(markdown).toContain('"User" ||--o{ "Content" : "contents / owner"');
        expect(markdown).toContain('```mermaid\nclassDiagram\n');
        expect(markdown).toContain('Content <|-- Post');
    });
});

describe('zenstack generate with a plugin that fails', () => {
    it('names the plugin and prints its message, without a stack trace, and exits 1', () => {
        const project = createTempProject({
            'schema.zmodel': `${DATASOURCE}\nplugin broken {\n    provider = './broken.cjs'\n}\n${MODELS}`,
            'broken.cjs': `exports.generate = () => { throw new Error('no license key'); };\n`,
        });
        const result = runCli(['generate', '--no-prisma-generate'], project);
        expect(result.status).toBe(1);
        expect(result.stdout).toContain('• Running plugin broken (./broken.cjs)');
        expect(result.stderr).toBe("error: plugin 'broken' failed: no license key\n");
    });

    it('reports a provider it cannot find', () => {
        const project = createTempProject({ 'schema.zmodel': `${DATASOURCE}\nplugin missing {\n    provider = 'zenstack-plugin-nowhere'\n}\n${MODELS}` });
        const result = runCli(['generate', '--no-prisma-generate'], project);
        expect(result.status).toBe(1);
        expect(result.stderr).toMatch(/^error: plugin 'missing' cannot find its provider 'zenstack-plugin-nowhere' from /);
    });
});

describe('plugin providers', () => {
    const generateWith = (provider: string, files: Record<string, string>) => {
        const project = createTempProject({ 'schema.zmodel': `${DATASOURCE}\nplugin p {\n    provider = '${provider}'\n}\n${MODELS}`, ...files });
        return { project, result: runCli(['generate', '--no-prisma-generate'], project) };
    };
    const WRITE_MARKER = `require('node:fs').writeFileSync(require('node:path').join(require('node:path').dirname(ctx.schemaPath), 'ran.txt'), 'yes')`;

    it('resolves a package from the project, through its package.json', () => {
        const { project, result } = generateWith('my-zenstack-plugin', {
            'node_modules/my-zenstack-plugin/package.json': JSON.stringify({ name: 'my-zenstack-plugin', main: 'lib/main.js' }),
            'node_modules/my-zenstack-plugin/lib/main.js': `module.exports = (ctx) => { ${WRITE_MARKER}; };\n`,
        });
        expect(result.stderr).toBe('');
        expect(existsSync(join(project, 'ran.txt'))).toBe(true);
    });

    it('resolves a relative folder through its index.js', () => {
        const { project, result } = generateWith('./tools/plugin', { 'tools/plugin/index.js': `exports.default = (ctx) => { ${WRITE_MARKER}; };\n` });
        expect(result.stderr).toBe('');
        expect(existsSync(join(project, 'ran.txt'))).toBe(true);
    });

    it('rejects a module that exports no plugin function', () => {
        const { result } = generateWith('./nothing.mjs', { 'nothing.mjs': 'export const version = 1;\n' });
        expect(result.status).toBe(1);
        expect(result.stderr).toContain("error: plugin 'p' provider './nothing.mjs' exports no plugin function (a default export or a named 'generate')");
    });
});

describe('the ERD core plugin', () => {
    it('writes erd.md next to the schema by default', () => {
        const project = createTempProject({ 'db/schema.zmodel': `${DATASOURCE}\nplugin erd {\n    provider = '@core/erd'\n}\n${MODELS}` });
        const result = runCli(['generate', '--schema', 'db/schema.zmodel', '--no-prisma-generate'], project);
        expect(result.status).toBe(0);
        expect(readFileSync(join(project, 'db/erd.md'), 'utf8')).toMatch(/^# Diagrams of schema\.zmodel\n/);
    });
});
