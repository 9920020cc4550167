import { dirname } from 'node:path';
import type { DmmfDocument, PluginContext, PluginDef, SchemaDef } from '@zenstackhq/sdk';
import { loadPlugin } from './load-plugin.js';
import { getLogicalDmmf } from './logical-dmmf.js';
import { PluginError } from './plugin-error.js';

export interface RunPluginsOptions {
    readonly schema: SchemaDef;
    readonly schemaPath: string;
    readonly outputDir: string;
    readonly step: (message: string) => void;
    readonly warn: (message: string) => void;
}

/**
 * Runs plugins one after another, in schema order, each as a step. The first failure stops
 * generation with a `PluginError` naming the plugin.
 */
export async function runPlugins(plugins: readonly PluginDef[], options: RunPluginsOptions): Promise<void> {
    // computed once, and only when a plugin that reads it runs
    let dmmf: Promise<DmmfDocument> | undefined;
    const readDmmf = (plugin: PluginDef) =>
        (dmmf ??= getLogicalDmmf(options.schema)).catch((error: unknown) => {
            throw new PluginError(plugin.name, `cannot run: Prisma rejected the logical schema: ${messageOf(error)}`, { cause: error });
        });

    for (const plugin of plugins) {
        options.step(`Running plugin ${plugin.name} (${plugin.provider})`);
        const loaded = await loadPlugin(plugin, dirname(options.schemaPath));
        const pluginDmmf = loaded.needsDmmf ? await readDmmf(plugin) : undefined;
        const context: PluginContext = {
            schema: options.schema,
            options: plugin.options,
            schemaPath: options.schemaPath,
            outputDir: options.outputDir,
            get dmmf(): DmmfDocument {
                if (!pluginDmmf) throw new Error('the DMMF is not computed for built-in plugins that declare they do not read it');
                return pluginDmmf;
            },
            warn: (message) => options.warn(`plugin '${plugin.name}': ${message}`),
        };
        try {
            await loaded.run(context);
        } catch (error) {
            throw new PluginError(plugin.name, `failed: ${messageOf(error)}`, { cause: error });
        }
    }
}

function messageOf(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}
