import { existsSync } from 'node:fs';
import { mkdir, rename, rm, stat, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pruneCacheOnce } from './prune-cache.js';

/** Where built test projects live: `<tmp>/zenstack-testtools/<key>`; override with ZENSTACK_TESTTOOLS_CACHE. */
export function projectCacheRoot(): string {
    return process.env.ZENSTACK_TESTTOOLS_CACHE ?? join(tmpdir(), 'zenstack-testtools');
}

/** A lock older than this belongs to a process that died while building. */
const STALE_LOCK_MS = 120_000;
const POLL_MS = 50;

const building = new Map<string, Promise<string>>();

/**
 * Returns the cached project folder for `key`, building it with `build(stagingDir)` when missing.
 * Safe across processes: one builder holds a lock, and the finished folder appears by an atomic
 * rename, so a reader never sees a half-built project. Within a process, concurrent calls share one build.
 */
export function getOrBuildProject(key: string, build: (stagingDir: string) => Promise<void>): Promise<string> {
    let pending = building.get(key);
    if (!pending) {
        pending = buildOnce(key, build).finally(() => building.delete(key));
        building.set(key, pending);
    }
    return pending;
}

async function buildOnce(key: string, build: (stagingDir: string) => Promise<void>): Promise<string> {
    const root = projectCacheRoot();
    const finalDir = join(root, key);
    const lockDir = join(root, `${key}.lock`);
    await mkdir(root, { recursive: true });
    pruneCacheOnce(root);

    for (;;) {
        if (existsSync(finalDir)) {
            // marks the project as used, so pruning keeps it
            const now = new Date();
            await utimes(finalDir, now, now).catch(() => undefined);
            return finalDir;
        }
        if (await tryLock(lockDir)) break;
        await sleep(POLL_MS);
    }
    try {
        if (existsSync(finalDir)) return finalDir;
        const stagingDir = join(root, `${key}.staging-${process.pid}-${Date.now().toString(36)}`);
        try {
            await mkdir(stagingDir, { recursive: true });
            await build(stagingDir);
            await rename(stagingDir, finalDir);
        } catch (error) {
            await rm(stagingDir, { recursive: true, force: true });
            if (existsSync(finalDir)) return finalDir;
            throw error;
        }
        return finalDir;
    } finally {
        await rm(lockDir, { recursive: true, force: true });
    }
}

async function tryLock(lockDir: string): Promise<boolean> {
    try {
        await mkdir(lockDir);
        return true;
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const info = await stat(lockDir).catch(() => undefined);
        if (info && Date.now() - info.mtimeMs > STALE_LOCK_MS) await rm(lockDir, { recursive: true, force: true });
        return false;
    }
}
