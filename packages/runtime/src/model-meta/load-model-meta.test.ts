import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadModelMeta } from './load-model-meta.js';

const dirs: string[] = [];
function tempProject(): string {
    const dir = mkdtempSync(join(tmpdir(), 'zenstack-runtime-meta-'));
    dirs.push(dir);
    return dir;
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('loadModelMeta', () => {
    it('loads the generated metadata from node_modules/.zenstack', () => {
        const project = tempProject();
        mkdirSync(join(project, 'node_modules', '.zenstack'), { recursive: true });
        writeFileSync(
            join(project, 'node_modules', '.zenstack', 'model-meta.js'),
            `module.exports = { provider: 'sqlite', models: { User: { name: 'User' } }, enums: {} };`,
        );
        const nested = join(project, 'src', 'deep');
        mkdirSync(nested, { recursive: true });
        expect(loadModelMeta(project).models).toHaveProperty('User');
        expect(loadModelMeta(nested).provider).toBe('sqlite');
    });

    it('tells the user to run `zenstack generate` when the metadata is missing', () => {
        expect(() => loadModelMeta(tempProject())).toThrow(/Run `zenstack generate` first/);
    });
});
