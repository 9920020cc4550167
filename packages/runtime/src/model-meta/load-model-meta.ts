import type { ModelMeta } from '@zenstackhq/sdk';
import { requireGenerated } from './require-generated.js';

/** Where `zenstack generate` writes the metadata by default, as a module specifier. */
export const DEFAULT_MODEL_META_MODULE = '.zenstack/model-meta.js';

/**
 * Loads the metadata `zenstack generate` wrote to `node_modules/.zenstack`, resolved from `cwd`.
 * Throws an error telling the user to run `zenstack generate` when it is missing.
 */
export function loadModelMeta(cwd: string = process.cwd()): ModelMeta {
    const loaded = requireGenerated(DEFAULT_MODEL_META_MODULE, 'model metadata', 'modelMeta', cwd) as ModelMeta | { default: ModelMeta };
    return 'default' in loaded && !('models' in loaded) ? loaded.default : (loaded as ModelMeta);
}
