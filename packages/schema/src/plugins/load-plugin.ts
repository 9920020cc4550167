import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PluginDef, PluginFunction, PluginModule } from '@zenstackhq/sdk';
import { BUILTIN_PLUGINS } from './builtin-plugins.js';
import { PluginError } from './plugin-error.js';

const EXTENSIONS = ['.js', '.mjs', '.cjs'];

/** A loaded plugin and whether it reads `context.dmmf` (built-in ones say so; user plugins may). */
export interface LoadedPlugin {
    readonly run: PluginFunction;
    readonly needsDmmf: boolean;
}

/**
 * Finds and imports a plugin's module. `@core/...` providers are built in; a provider starting
 * with `.` or `/` is a file or folder relative to the schema's folder; anything else is a package
 * resolved from the schema's folder the way `require` would.
 */
export async function loadPlugin(plugin: PluginDef, schemaDir: string): Promise<LoadedPlugin> {
    const builtin = BUILTIN_PLUGINS[plugin.provider];
    if (builtin) return { run: await builtin.load(), needsDmmf: builtin.needsDmmf };
    if (plugin.provider.startsWith('@core/')) throw new PluginError(plugin.name, `has an unknown core provider '${plugin.provider}'`);

    const file = resolveProvider(plugin.provider, schemaDir);
    if (!file) throw new PluginError(plugin.name, `cannot find its provider '${plugin.provider}' from ${schemaDir}`);
    let module: PluginModule;
    try {
        module = (await import(pathToFileURL(file).href)) as PluginModule;
    } catch (error) {
        throw new PluginError(plugin.name, `failed to load ${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    const run = pluginFunctionOf(module);
    if (!run) throw new PluginError(plugin.name, `provider '${plugin.provider}' exports no plugin function (a default export or a named 'generate')`);
    return { run, needsDmmf: true };
}

/** The module file a provider names, or undefined when there is none. */
export function resolveProvider(provider: string, schemaDir: string): string | undefined {
    if (provider.startsWith('.') || isAbsolute(provider)) {
        const base = resolve(schemaDir, provider);
        if (isFile(base)) return base;
        const withExtension = EXTENSIONS.map((ext) => base + ext).find(isFile);
        if (withExtension) return withExtension;
        return existsSync(base) ? requireResolve(base, schemaDir) : undefined;
    }
    return requireResolve(provider, schemaDir);
}

// a folder resolves through its package.json `main`/`exports` or index.js, as `require` would
function requireResolve(request: string, schemaDir: string): string | undefined {
    try {
        return createRequire(join(schemaDir, 'noop.js')).resolve(request);
    } catch {
        return undefined;
    }
}

function isFile(path: string): boolean {
    return existsSync(path) && statSync(path).isFile();
}

// ESM default or named `generate`; CommonJS `module.exports = fn`, `exports.generate` or a transpiled `exports.default`
function pluginFunctionOf(module: PluginModule): PluginFunction | undefined {
    const commonJs = typeof module.default === 'object' ? module.default : undefined;
    return [module.default, module.generate, commonJs?.default, commonJs?.generate].find((c): c is PluginFunction => typeof c === 'function');
}
