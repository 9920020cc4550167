import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ModelMeta } from '@zenstackhq/sdk';

/** Where `zenstack generate` writes the metadata by default, as a module specifier. */
export const DEFAULT_MODEL_META_MODULE = '.zenstack/model-meta.js';

/**
 * Loads the metadata `zenstack generate` wrote to `node_modules/.zenstack`, resolved from `cwd`.
 * Throws an error telling the user to run `zenstack generate` when it is missing.
 */
export function loadModelMeta(cwd: string = process.cwd()): ModelMeta {
    const require = createRequire(join(cwd, 'noop.js'));
    let file: string;
    try {
        file = require.resolve(DEFAULT_MODEL_META_MODULE, { paths: [cwd] });
    } catch (cause) {
        throw new Error(
            `Cannot find the generated model metadata (node_modules/${DEFAULT_MODEL_META_MODULE}) from ${cwd}. ` +
                'Run `zenstack generate` first, or pass `modelMeta` in the options of enhance().',
            { cause },
        );
    }
    const loaded = require(file) as ModelMeta | { default: ModelMeta };
    return 'default' in loaded && !('models' in loaded) ? loaded.default : (loaded as ModelMeta);
}
