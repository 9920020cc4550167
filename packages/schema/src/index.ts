export { compileSchema, type CompiledSchema } from './compile.js';
export { loadWorkspace, memoryReader, diskReader, type LoadedWorkspace, type SchemaFileReader } from './language/workspace-loader.js';
export { buildSchema } from './ir/build-schema.js';
export { SchemaError, type SchemaDiagnostic } from './diagnostics/schema-diagnostic.js';
export { formatDiagnostic } from './diagnostics/format-diagnostic.js';
