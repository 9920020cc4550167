import { readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { SchemaError } from '../../diagnostics/schema-diagnostic.js';
import { formatZModel } from '../../formatter/format-zmodel.js';
import { loadWorkspace } from '../../language/workspace-loader.js';
import type { Reporter } from '../output.js';
import { resolveSchemaFile } from '../schema-location.js';

/** Formats the schema and each file it imports; a file that does not parse is left untouched. */
export async function formatCommand(options: { schema?: string; check?: boolean; indent?: number }, reporter: Reporter): Promise<boolean> {
    const schemaFile = resolveSchemaFile(process.cwd(), options.schema);
    const workspace = await loadWorkspace(schemaFile);
    const syntaxErrors = workspace.diagnostics.filter((d) => d.code === 'parsing-error' || d.code === 'lexing-error' || d.code === 'file-not-found');
    if (syntaxErrors.length > 0) throw new SchemaError(syntaxErrors, workspace.sources);

    let unformatted = 0;
    for (const file of workspace.sources.keys()) {
        const text = await readFile(file, 'utf8');
        const formatted = formatZModel(text, { indent: options.indent });
        if (formatted === text) continue;
        unformatted++;
        const name = relative(process.cwd(), file);
        if (options.check) reporter.warn(`${name} is not formatted`);
        else {
            await writeFile(file, formatted);
            reporter.step(`Formatted ${name}`);
        }
    }
    if (options.check) {
        if (unformatted === 0) reporter.success('All schema files are formatted');
        return unformatted === 0;
    }
    reporter.success(unformatted === 0 ? 'Nothing to format' : `Formatted ${unformatted} file${unformatted === 1 ? '' : 's'}`);
    return true;
}
