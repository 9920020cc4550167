import { createRequire } from 'node:module';
import { renderZodModule } from '../../../src/generators/zod/render-zod-module.js';
import { compileText, SQLITE_DATASOURCE } from '../../helpers/compile-text.js';

const require = createRequire(import.meta.url);

/** What a test reads from the generated module: schemas are used through `safeParse`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type GeneratedZodModule = Record<string, any>;

/**
 * Compiles inline ZModel, renders its zod module and evaluates it in memory, with
 * `@zenstackhq/runtime/zod-lib` standing for the zod this package has.
 */
export async function loadZodModule(zmodel: string): Promise<GeneratedZodModule> {
    const { js } = renderZodModule(await compileText(`${SQLITE_DATASOURCE}\n${zmodel}`));
    const module = { exports: {} as GeneratedZodModule };
    const fakeRequire = (id: string) => (id === '@zenstackhq/runtime/zod-lib' ? require('zod') : require(id));
    new Function('require', 'module', 'exports', js)(fakeRequire, module, module.exports);
    return module.exports;
}
