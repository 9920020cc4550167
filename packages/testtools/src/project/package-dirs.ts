import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const packageDirs = new Map<string, string>();

/**
 * The real folder of a package testtools depends on, found the way Node looks up `node_modules`
 * (without going through `exports`, which may hide package.json or have no main entry).
 * `fromDir`: look it up as a dependency of the package in that folder instead.
 */
export function resolvePackageDir(name: string, fromDir?: string): string {
    const cacheKey = fromDir ? `${fromDir}#${name}` : name;
    let dir = packageDirs.get(cacheKey);
    if (!dir) {
        const paths = (fromDir ? createRequire(join(fromDir, 'package.json')) : require).resolve.paths(name) ?? [];
        const found = paths.map((base) => join(base, name)).find((d) => existsSync(join(d, 'package.json')));
        if (!found) throw new Error(`cannot find package ${name} from ${fromDir ?? '@zenstackhq/testtools'}`);
        dir = realpathSync(found);
        packageDirs.set(cacheKey, dir);
    }
    return dir;
}

/** A package's version from its manifest. */
export function packageVersion(name: string): string {
    return (JSON.parse(readFileSync(join(resolvePackageDir(name), 'package.json'), 'utf8')) as { version: string }).version;
}
