import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PrismaMajor, TestDbProvider } from '../load-schema-options.js';
import { packageVersion, resolvePackageDir } from './package-dirs.js';

/** Bump when the layout of a cached project changes, so old caches are not reused. */
const PROJECT_LAYOUT_VERSION = 1;

/** What a cached project is built from. */
export interface ProjectSpec {
    /** schema files by relative path; `schema.zmodel` is the entry */
    readonly files: Readonly<Record<string, string>>;
    readonly provider: TestDbProvider;
    /** generate the polymorphic client types too */
    readonly generateTypes?: boolean;
    /** the Prisma major of the generated client (default 6) */
    readonly prismaMajor?: PrismaMajor;
}

let toolFingerprint: string | undefined;

/**
 * The cache key of a project: its files and provider, plus a fingerprint of the compiler and Prisma
 * builds, so rebuilding zenstack during development invalidates cached projects.
 */
export function computeProjectKey(spec: ProjectSpec): string {
    toolFingerprint ??= fingerprintTools();
    const files = Object.keys(spec.files)
        .sort()
        .map((path) => [path, spec.files[path]]);
    return createHash('sha256')
        .update(JSON.stringify({ layout: PROJECT_LAYOUT_VERSION, tools: toolFingerprint, provider: spec.provider, types: spec.generateTypes ?? false, prisma: spec.prismaMajor ?? 6, files }))
        .digest('hex')
        .slice(0, 24);
}

function fingerprintTools(): string {
    const hash = createHash('sha256');
    for (const name of ['prisma', '@prisma/client', 'prisma7', 'prisma7-client']) hash.update(`${name}@${safeVersion(name)}\n`);
    // testtools' own build decides the project layout
    hashTree(hash, fileURLToPath(new URL('../../dist', import.meta.url)));
    for (const [name, folders] of [
        ['zenstack', ['dist', 'res']],
        ['@zenstackhq/sdk', ['dist']],
    ] as const) {
        const root = resolvePackageDir(name);
        for (const folder of folders) hashTree(hash, join(root, folder));
    }
    return hash.digest('hex');
}

function safeVersion(name: string): string {
    try {
        return packageVersion(name);
    } catch {
        return 'unknown';
    }
}

function hashTree(hash: ReturnType<typeof createHash>, dir: string): void {
    let entries: string[];
    try {
        entries = readdirSync(dir, { recursive: true }) as string[];
    } catch {
        return;
    }
    for (const entry of entries.sort()) {
        const stat = statSync(join(dir, entry));
        if (stat.isFile()) hash.update(`${entry}:${stat.size}:${stat.mtimeMs}\n`);
    }
}
