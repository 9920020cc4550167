import type { LangiumDocument } from 'langium';
import { isDataSource, type AbstractDeclaration, type Model } from '../generated/ast.js';
import { documentFile } from '../workspace-loader.js';
import { diagnosticAt, type SchemaDiagnostic } from '../../diagnostics/schema-diagnostic.js';

/** Checks that span files: exactly one datasource, and no name declared twice. */
export function checkWorkspace(documents: readonly LangiumDocument<Model>[]): SchemaDiagnostic[] {
    const diagnostics: SchemaDiagnostic[] = [];
    const declarations = documents.flatMap((doc) =>
        (doc.parseResult.value.declarations ?? []).map((decl) => ({ decl, file: documentFile(doc) })),
    );

    const datasources = declarations.filter(({ decl }) => isDataSource(decl));
    const entry = documents[0];
    if (datasources.length === 0 && entry && entry.parseResult.parserErrors.length === 0) {
        diagnostics.push({
            severity: 'error',
            message: 'the schema has no datasource: declare exactly one `datasource` block',
            file: documentFile(entry),
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 1,
            code: 'datasource-count',
        });
    }
    for (const { decl, file } of datasources.slice(1)) {
        diagnostics.push(diagnosticAt(decl, file, 'only one datasource is allowed in a schema', 'datasource-count'));
    }

    const firstByName = new Map<string, AbstractDeclaration>();
    for (const { decl, file } of declarations) {
        if (!decl.name) continue;
        const kind = namespaceOf(decl);
        const key = `${kind}:${decl.name}`;
        if (firstByName.has(key)) {
            diagnostics.push(diagnosticAt(decl, file, `duplicate declaration: '${decl.name}' is already declared`, 'duplicate-name'));
        } else {
            firstByName.set(key, decl);
        }
    }
    return diagnostics;
}

// models, enums and types share one namespace in Prisma; generators and datasources have theirs
function namespaceOf(decl: AbstractDeclaration): string {
    switch (decl.$type) {
        case 'DataModel':
        case 'Enum':
        case 'TypeDef':
            return 'type';
        default:
            return decl.$type;
    }
}
