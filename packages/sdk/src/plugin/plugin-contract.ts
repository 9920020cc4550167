import type { SchemaDef } from '../ir/schema.js';
import type { DmmfDocument } from './dmmf.js';

/** What `zenstack generate` hands a plugin. */
export interface PluginContext {
    /** the validated schema: imports merged, abstract bases flattened, delegates resolved */
    readonly schema: SchemaDef;
    /** the plugin block's fields, `provider` included, as plain values */
    readonly options: Readonly<Record<string, unknown>>;
    /** absolute path of the `.zmodel` entry file; relative `output` options resolve against its folder */
    readonly schemaPath: string;
    /** absolute path of the folder the runtime metadata goes to (default `node_modules/.zenstack`) */
    readonly outputDir: string;
    /** Prisma's DMMF of the logical schema: every model with the fields it inherits */
    readonly dmmf: DmmfDocument;
    /** reports something the user should know that is not an error; the CLI prints it as a warning */
    readonly warn: (message: string) => void;
}

/**
 * A plugin: a module's default export (or its named `generate` export). Throw an Error to fail
 * `zenstack generate`; the CLI prints the plugin's name and the message.
 */
export type PluginFunction = (context: PluginContext) => void | Promise<void>;

/** The shapes of plugin module `zenstack generate` accepts. */
export interface PluginModule {
    readonly default?: PluginFunction | { readonly generate?: PluginFunction; readonly default?: PluginFunction };
    readonly generate?: PluginFunction;
}
