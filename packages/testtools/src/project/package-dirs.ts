import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const packageDirs = new Map<string, string>();

/**
 * The real folder of a package testtools depends on, found the way Node looks up `node_modules`
 * (without going through `exports`, which may hide package.json or have no main entry).
 */
export function resolvePackageDir(name: string): string {
    let dir = packageDirs.get(name);
    if (!dir) {
        const found = (require.resolve.paths(name) ?? []).map((base) => join(base, name)).find((d) => existsSync(join(d, 'package.json')));
        if (!found) throw new Error(`cannot find package ${name} from @zenstackhq/testtools`);
        dir = realpathSync(found);
        packageDirs.set(name, dir);
    }
    return dir;
}

/** A package's version from its manifest. */
export function packageVersion(name: string): string {
    return (JSON.parse(readFileSync(join(resolvePackageDir(name), 'package.json'), 'utf8')) as { version: string }).version;
}
