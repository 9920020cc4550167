import { resolve } from 'node:path';
import type { PluginDef } from '@zenstackhq/sdk';

/** Plugins built into `zenstack generate`; each runs as part of the pipeline. */
export const CORE_PLUGINS = ['@core/prisma', '@core/enhancer', '@core/model-meta', '@core/zod'] as const;

/** `core`: configure the pipeline; `pending`: run after it through the plugin contract (user plugins, `@core/erd`). */
export function partitionPlugins(plugins: readonly PluginDef[]): { core: PluginDef[]; pending: PluginDef[] } {
    const isCore = (p: PluginDef) => (CORE_PLUGINS as readonly string[]).includes(p.provider);
    return { core: plugins.filter(isCore), pending: plugins.filter((p) => !isCore(p)) };
}

/** The `output` option of a core plugin, resolved against the schema's folder. */
export function corePluginOutput(plugins: readonly PluginDef[], provider: string, baseDir: string): string | undefined {
    const output = plugins.find((p) => p.provider === provider)?.options.output;
    return typeof output === 'string' ? resolve(baseDir, output) : undefined;
}
