import type { PluginFunction } from '@zenstackhq/sdk';

/** Core plugins written against the same `PluginFunction` contract as user plugins; loaded on use. */
export const BUILTIN_PLUGINS: Readonly<Record<string, { readonly load: () => Promise<PluginFunction>; readonly needsDmmf: boolean }>> = {
    '@core/erd': { load: async () => (await import('./erd/erd-plugin.js')).erdPlugin, needsDmmf: false },
};
