import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of the `zenstack` package, found from this module up: the CLI runs as a bundle
 * (`dist/cli-bundle`), the API as modules (`dist/...`), and both read files shipped beside them.
 */
export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

/** A file or folder shipped in the package's `res/`. */
export function resource(...path: string[]): string {
    return join(PACKAGE_ROOT, 'res', ...path);
}

function findPackageRoot(from: string): string {
    for (let dir = from; ; dir = dirname(dir)) {
        const manifest = join(dir, 'package.json');
        if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'zenstack') return dir;
        if (dirname(dir) === dir) throw new Error(`cannot find the zenstack package above ${from}`);
    }
}
