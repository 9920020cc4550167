import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SchemaDef } from '@zenstackhq/sdk';
import { renderZodModule } from './render-zod-module.js';

/**
 * The `@core/zod` plugin: writes the zod schemas to `dir` (the runtime loads them from
 * `node_modules/.zenstack/zod`), and a copy to the plugin's `output` folder when one is configured.
 */
export async function writeZodSchemas(schema: SchemaDef, dir: string, extraDir?: string): Promise<void> {
    const { js, dts } = renderZodModule(schema);
    const write = async (target: string, ownPackage: boolean) => {
        await mkdir(target, { recursive: true });
        await Promise.all([
            writeFile(join(target, 'index.js'), js),
            writeFile(join(target, 'index.d.ts'), dts),
            // the module is CommonJS, whatever the type of the user's package around it
            ownPackage ? writeFile(join(target, 'package.json'), JSON.stringify({ type: 'commonjs' }, null, 2) + '\n') : undefined,
        ]);
    };
    await Promise.all([write(dir, false), extraDir ? write(extraDir, true) : undefined]);
}
