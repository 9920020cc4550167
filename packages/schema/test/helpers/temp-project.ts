import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const LINKED = ['prisma', '@prisma/client', '@prisma/adapter-better-sqlite3', 'better-sqlite3'];

/**
 * A throwaway project folder with the given files and a node_modules that links the Prisma
 * packages this package already has installed, so tests never run a package manager.
 */
export function createTempProject(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'zenstack-cli-'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'temp-project', private: true }, null, 2));
    for (const name of LINKED) {
        const target = join(dir, 'node_modules', name);
        mkdirSync(dirname(target), { recursive: true });
        symlinkSync(join(PACKAGE_ROOT, 'node_modules', name), target, 'dir');
    }
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), text);
    }
    return dir;
}

export const CLI = join(PACKAGE_ROOT, 'bin', 'zenstack.js');

export const SQLITE_CONFIG = `
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
export default defineConfig({
    schema: 'prisma/schema.prisma',
    engine: 'js',
    experimental: { adapter: true },
    async adapter() { return new PrismaBetterSQLite3({ url: 'file:./prisma/dev.db' }); },
});
`;
