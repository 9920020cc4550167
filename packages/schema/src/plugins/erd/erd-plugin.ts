import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { PluginFunction } from '@zenstackhq/sdk';
import { renderErdMarkdown } from './erd-markdown.js';

/**
 * `plugin erd { provider = '@core/erd'; output = './docs/erd.md' }`: writes Mermaid diagrams of
 * the schema to `output` (relative to the schema's folder; default `erd.md` next to the schema).
 */
export const erdPlugin: PluginFunction = async ({ schema, options, schemaPath }) => {
    if (options.output !== undefined && typeof options.output !== 'string') throw new Error("option 'output' must be a string");
    if (options.title !== undefined && typeof options.title !== 'string') throw new Error("option 'title' must be a string");
    const output = resolve(dirname(schemaPath), options.output ?? 'erd.md');
    await mkdir(dirname(output), { recursive: true });
    await writeFile(output, renderErdMarkdown(schema, options.title ?? `Diagrams of ${basename(schemaPath)}`));
};
