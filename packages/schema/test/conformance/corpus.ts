import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** The shared schema corpus next to the checkout; absent on machines that only have the repo. */
export const CORPUS_DIR = resolve(repoRoot, '../shared/corpus');

/** Files with the extension directly in a corpus folder, sorted; empty when the folder is missing. */
export function corpusFiles(folder: string, extension: string): string[] {
    const dir = join(CORPUS_DIR, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
        .filter((f) => f.endsWith(extension))
        .sort()
        .map((f) => join(dir, f));
}

export function corpusPath(...segments: string[]): string {
    return join(CORPUS_DIR, ...segments);
}

export function hasCorpus(): boolean {
    return existsSync(CORPUS_DIR);
}
