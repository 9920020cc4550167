import type { SchemaDef } from '@zenstackhq/sdk';
import { SchemaError } from './diagnostics/schema-diagnostic.js';
import { buildSchema } from './ir/build-schema.js';
import { diskReader, loadWorkspace, type LoadedWorkspace, type SchemaFileReader } from './language/workspace-loader.js';

export interface CompiledSchema {
    readonly schema: SchemaDef;
    readonly workspace: LoadedWorkspace;
}

/**
 * Parses, links and validates a schema and its imports, and builds the IR.
 * Throws a `SchemaError` carrying located diagnostics when the schema has errors.
 */
export async function compileSchema(entryFile: string, reader: SchemaFileReader = diskReader): Promise<CompiledSchema> {
    const workspace = await loadWorkspace(entryFile, reader);
    if (workspace.hasErrors) throw new SchemaError(workspace.diagnostics, workspace.sources);
    return { schema: buildSchema(workspace), workspace };
}
