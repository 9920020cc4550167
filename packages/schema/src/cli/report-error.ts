import { relative } from 'node:path';
import { isSchemaError } from '../diagnostics/schema-diagnostic.js';
import { formatDiagnostic } from '../diagnostics/format-diagnostic.js';
import { isPrismaCommandError } from '../prisma/prisma-cli.js';
import type { Reporter } from './output.js';

/** Prints an error the way users should see it: diagnostics with code frames, no stack trace. */
export function reportError(error: unknown, reporter: Reporter): void {
    if (isSchemaError(error)) {
        const displayPath = (file: string) => relative(process.cwd(), file) || file;
        for (const d of error.diagnostics) {
            process.stderr.write(formatDiagnostic(d, { sources: error.sources, color: reporter.color, displayPath }) + '\n\n');
        }
        const errors = error.diagnostics.filter((d) => d.severity === 'error').length;
        reporter.error(`the schema has ${errors} error${errors === 1 ? '' : 's'}`);
        return;
    }
    if (isPrismaCommandError(error)) {
        reporter.error(error.message);
        return;
    }
    const message = error instanceof Error ? error.message : String(error);
    reporter.error(message);
    if (process.env.ZENSTACK_DEBUG && error instanceof Error && error.stack) process.stderr.write(error.stack + '\n');
}
