import { mkdir, symlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { resolvePackageDir } from './package-dirs.js';

/** What every test project links besides a client: the 6.19 CLI, the adapters its prisma.config.mjs imports, and the runtime. */
const BASELINE_PACKAGES = ['prisma', '@prisma/adapter-better-sqlite3', '@prisma/adapter-pg', '@zenstackhq/runtime'] as const;

/** The baseline packages by name, at testtools' own copies. */
export function baselineProjectPackages(): Record<string, string> {
    return Object.fromEntries(BASELINE_PACKAGES.map((name) => [name, resolvePackageDir(name)]));
}

/**
 * Symlinks packages into `projectDir/node_modules` by the name the project imports them as
 * (import name → real folder): no install per project.
 */
export async function linkProjectPackages(projectDir: string, packages: Readonly<Record<string, string>>): Promise<void> {
    await Promise.all(
        Object.entries(packages).map(async ([name, dir]) => {
            const link = join(projectDir, 'node_modules', name);
            await mkdir(dirname(link), { recursive: true });
            await symlink(dir, link, 'dir');
        }),
    );
}
