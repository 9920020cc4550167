import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/language/workspace-loader.js';

// the shared corpus lives next to the repository (../shared/corpus); it is read in place, never copied in
const REPO_ROOT = resolve(__dirname, '../../../..');
const CORPUS = resolve(REPO_ROOT, '../shared/corpus');

function corpusFiles(): string[] {
    const list = (dir: string, ext: string) =>
        existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => join(dir, f)) : [];
    return [
        ...list(join(CORPUS, 'psl'), '.prisma'),
        ...list(join(CORPUS, 'zmodel'), '.zmodel'),
        join(CORPUS, 'zmodel/tun-judge/schema.zmodel'),
    ].filter((f) => existsSync(f));
}

const files = corpusFiles();
if (files.length === 0) console.log(`schema corpus not found at ${CORPUS}; skipping the corpus tests`);

describe('real-world schemas', () => {
    it.skipIf(files.length === 0).each(files.map((f) => [f.slice(CORPUS.length + 1), f]))('loads %s without errors', async (_name, file) => {
        const { diagnostics } = await loadWorkspace(file);
        const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.message} [${d.code}]`);
        expect(errors).toEqual([]);
    });
});
