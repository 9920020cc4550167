import type { SchemaDiagnostic } from './schema-diagnostic.js';

export interface FormatOptions {
    /** the text of each file, for the code frame */
    readonly sources: ReadonlyMap<string, string>;
    readonly color?: boolean;
    /** shown instead of absolute paths, e.g. relative to the working directory */
    readonly displayPath?: (file: string) => string;
}

const RED = (s: string) => `\x1b[31m${s}\x1b[39m`;
const YELLOW = (s: string) => `\x1b[33m${s}\x1b[39m`;
const BOLD = (s: string) => `\x1b[1m${s}\x1b[22m`;
const DIM = (s: string) => `\x1b[2m${s}\x1b[22m`;

/** `file:line:col: error: message` followed by a code frame with a caret under the span. */
export function formatDiagnostic(diagnostic: SchemaDiagnostic, options: FormatOptions): string {
    const paint = (f: (s: string) => string, s: string) => (options.color ? f(s) : s);
    const path = options.displayPath?.(diagnostic.file) ?? diagnostic.file;
    const severity = paint(diagnostic.severity === 'error' ? RED : YELLOW, diagnostic.severity);
    const header = `${paint(BOLD, `${path}:${diagnostic.line}:${diagnostic.column}`)}: ${severity}: ${diagnostic.message}`;
    const text = options.sources.get(diagnostic.file);
    if (text === undefined) return header;
    const lines = text.split(/\r?\n/);
    const lineText = lines[diagnostic.line - 1];
    if (lineText === undefined) return header;
    const gutter = String(diagnostic.line).length;
    const frame: string[] = [];
    if (diagnostic.line > 1) frame.push(paint(DIM, `${String(diagnostic.line - 1).padStart(gutter)} | `) + lines[diagnostic.line - 2]);
    frame.push(`${String(diagnostic.line).padStart(gutter)} | ${lineText}`);
    const width =
        diagnostic.endLine === diagnostic.line ? Math.max(1, diagnostic.endColumn - diagnostic.column) : Math.max(1, lineText.length - diagnostic.column + 1);
    frame.push(`${' '.repeat(gutter)} | ${' '.repeat(diagnostic.column - 1)}${paint(RED, '^'.repeat(width))}`);
    return [header, ...frame].join('\n');
}
