import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Cached projects and database files unused for this long are deleted. */
const MAX_AGE_MS = 3 * 24 * 3600_000;

let pruned = false;

/** Deletes stale entries of the cache, once per process, in the background; never fails the caller. */
export function pruneCacheOnce(root: string): void {
    if (pruned) return;
    pruned = true;
    void prune(root).catch(() => undefined);
}

async function prune(root: string): Promise<void> {
    const now = Date.now();
    for (const dir of [root, join(root, 'databases')]) {
        for (const entry of await readdir(dir).catch(() => [] as string[])) {
            if (entry === 'databases') continue;
            const path = join(dir, entry);
            const info = await stat(path).catch(() => undefined);
            if (info && now - info.mtimeMs > MAX_AGE_MS) await rm(path, { recursive: true, force: true });
        }
    }
}
