import type { SchemaDiagnostic } from '../../src/diagnostics/schema-diagnostic.js';
import { loadWorkspace, memoryReader, type LoadedWorkspace } from '../../src/language/workspace-loader.js';

/**
 * Template tag for inline schemas: drops the first line break and the common indentation,
 * so line 1 of the schema is the first line written after the backtick.
 */
export function zmodel(strings: TemplateStringsArray, ...values: unknown[]): string {
    const text = String.raw({ raw: strings }, ...values).replace(/^\r?\n/, '');
    const lines = text.split('\n');
    const indents = lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length);
    const indent = indents.length > 0 ? Math.min(...indents) : 0;
    return lines.map((l) => l.slice(indent)).join('\n');
}

/** Loads files held in memory; the first one is the entry file. */
export function loadFiles(files: Record<string, string>): Promise<LoadedWorkspace> {
    return loadWorkspace(Object.keys(files)[0]!, memoryReader(files));
}

/** A diagnostic as `line:column message [code]`, the form tests compare. */
export function formatDiagnostic(d: SchemaDiagnostic): string {
    return `${d.line}:${d.column} ${d.message} [${d.code}]`;
}

/**
 * The errors of a one-file schema. A schema without a datasource is fine here, so that
 * examples can leave it out.
 */
export async function errorsOf(text: string): Promise<string[]> {
    const { diagnostics } = await loadFiles({ '/schema.zmodel': text });
    return diagnostics.filter((d) => d.severity === 'error' && d.code !== 'datasource-count').map(formatDiagnostic);
}

/** The loaded workspace of a one-file schema, for tests that look at the AST. */
export function load(text: string): Promise<LoadedWorkspace> {
    return loadFiles({ '/schema.zmodel': text });
}
