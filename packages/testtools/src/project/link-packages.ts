import { mkdir, symlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { resolvePackageDir } from './package-dirs.js';

/** What a test project needs in node_modules: the Prisma CLI and client, the adapters its config uses, and the runtime. */
export const PROJECT_PACKAGES = [
    'prisma',
    '@prisma/client',
    '@prisma/adapter-better-sqlite3',
    '@prisma/adapter-pg',
    '@zenstackhq/runtime',
] as const;

/** Symlinks testtools' own copies of the packages into `projectDir/node_modules`: no install per project. */
export async function linkProjectPackages(projectDir: string): Promise<void> {
    await Promise.all(
        PROJECT_PACKAGES.map(async (name) => {
            const link = join(projectDir, 'node_modules', name);
            await mkdir(dirname(link), { recursive: true });
            await symlink(resolvePackageDir(name), link, 'dir');
        }),
    );
}
