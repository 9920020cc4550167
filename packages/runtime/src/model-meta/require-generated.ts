import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Requires a module `zenstack generate` wrote under `node_modules/.zenstack`, resolved from `cwd`.
 * Throws an error telling the user to run `zenstack generate`, or to pass `option`, when it is missing.
 */
export function requireGenerated(specifier: string, what: string, option: string, cwd: string): unknown {
    const require = createRequire(join(cwd, 'noop.js'));
    let file: string;
    try {
        file = require.resolve(specifier, { paths: [cwd] });
    } catch (cause) {
        throw new Error(
            `Cannot find the generated ${what} (node_modules/${specifier}) from ${cwd}. ` +
                `Run \`zenstack generate\` first, or pass \`${option}\` in the options of enhance().`,
            { cause },
        );
    }
    return require(file);
}
