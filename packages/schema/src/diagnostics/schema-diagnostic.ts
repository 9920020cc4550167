import type { AstNode } from 'langium';

/** A problem in a schema, located by file and 1-based line/column. */
export interface SchemaDiagnostic {
    readonly severity: 'error' | 'warning';
    readonly message: string;
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly code?: string;
}

/** Locates a diagnostic at an AST node of a file, or at its start when it has no text. */
export function diagnosticAt(
    node: AstNode | undefined,
    file: string,
    message: string,
    code?: string,
    severity: SchemaDiagnostic['severity'] = 'error',
): SchemaDiagnostic {
    const range = node?.$cstNode?.range;
    return {
        severity,
        message,
        file,
        line: (range?.start.line ?? 0) + 1,
        column: (range?.start.character ?? 0) + 1,
        endLine: (range?.end.line ?? 0) + 1,
        endColumn: (range?.end.character ?? 0) + 1,
        code,
    };
}

/** Thrown by library entry points when a schema has errors; the CLI prints and exits. */
export class SchemaError extends Error {
    readonly code = 'ZMODEL_INVALID';
    constructor(
        readonly diagnostics: readonly SchemaDiagnostic[],
        /** the text of each file read, for code frames */
        readonly sources: ReadonlyMap<string, string> = new Map(),
    ) {
        super(`the schema has ${diagnostics.filter((d) => d.severity === 'error').length} error(s):\n` + diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`).join('\n'));
        this.name = 'SchemaError';
    }
}

/** Recognises a `SchemaError` by its code, also across copies of this package. */
export function isSchemaError(error: unknown): error is SchemaError {
    return error instanceof Error && (error as { code?: unknown }).code === 'ZMODEL_INVALID' && 'diagnostics' in error;
}
