import { relative } from 'node:path';
import { compileSchema } from '../../compile.js';
import type { Reporter } from '../output.js';
import { resolveSchemaFile } from '../schema-location.js';

export async function checkCommand(options: { schema?: string }, reporter: Reporter): Promise<void> {
    const schemaFile = resolveSchemaFile(process.cwd(), options.schema);
    const { schema, workspace } = await compileSchema(schemaFile);
    for (const d of workspace.diagnostics.filter((d) => d.severity === 'warning')) {
        reporter.warn(`${relative(process.cwd(), d.file)}:${d.line}:${d.column}: ${d.message}`);
    }
    const models = schema.models.filter((m) => !m.isAbstract).length;
    const files = workspace.documents.length;
    reporter.success(`The schema is valid: ${models} model${models === 1 ? '' : 's'}, ${schema.enums.length} enum${schema.enums.length === 1 ? '' : 's'}, ${files} file${files === 1 ? '' : 's'}`);
}
