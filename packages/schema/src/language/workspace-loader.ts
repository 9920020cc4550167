import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { isModel, type Model } from './generated/ast.js';
import { createZModelServices, type ZModelServices } from './zmodel-module.js';
import { checkWorkspace } from './validators/workspace-validator.js';
import { diagnosticAt, type SchemaDiagnostic } from '../diagnostics/schema-diagnostic.js';
import { resource } from '../package-root.js';

/** Where schema files come from: the disk by default, an in-memory map in tests. */
export interface SchemaFileReader {
    exists(path: string): boolean;
    read(path: string): string;
}

export const diskReader: SchemaFileReader = {
    exists: (path) => existsSync(path),
    read: (path) => readFileSync(path, 'utf8'),
};

export function memoryReader(files: Record<string, string>): SchemaFileReader {
    const byPath = new Map(Object.entries(files).map(([p, text]) => [resolve(p), text]));
    return { exists: (path) => byPath.has(resolve(path)), read: (path) => byPath.get(resolve(path))! };
}

export interface LoadedWorkspace {
    readonly services: ZModelServices;
    /** the entry file first, then the files it imports, transitively */
    readonly documents: readonly LangiumDocument<Model>[];
    readonly stdlib: LangiumDocument<Model>;
    readonly diagnostics: readonly SchemaDiagnostic[];
    /** the text of every file read, for code frames */
    readonly sources: ReadonlyMap<string, string>;
    readonly hasErrors: boolean;
}

export const STDLIB_PATH = resource('stdlib.zmodel');

let shared: { services: ZModelServices; stdlib: LangiumDocument<Model> } | undefined;
let queue: Promise<unknown> = Promise.resolve();

async function sharedServices() {
    if (!shared) {
        const { ZModel } = createZModelServices(EmptyFileSystem);
        const stdlib = ZModel.shared.workspace.LangiumDocuments.createDocument(
            URI.file(STDLIB_PATH),
            readFileSync(STDLIB_PATH, 'utf8'),
        ) as LangiumDocument<Model>;
        await ZModel.shared.workspace.DocumentBuilder.build([stdlib], { validation: false });
        shared = { services: ZModel, stdlib };
    }
    return shared;
}

/** Langium picks the language by extension, so a `.prisma` file is read under a `.zmodel` alias. */
function documentUri(file: string): URI {
    return URI.file(extname(file) === '.zmodel' ? file : `${file}${ALIAS_SUFFIX}`);
}

const ALIAS_SUFFIX = '.as.zmodel';

/** The file a document was read from. */
export function documentFile(doc: LangiumDocument): string {
    const path = doc.uri.fsPath;
    return path.endsWith(ALIAS_SUFFIX) ? path.slice(0, -ALIAS_SUFFIX.length) : path;
}

export function resolveImportPath(fromFile: string, importPath: string): string {
    const target = resolve(dirname(fromFile), importPath);
    return extname(target) === '.zmodel' ? target : `${target}.zmodel`;
}

/**
 * Parses a schema file and everything it imports, links and validates them together against
 * the stdlib. Loads share one set of language services, so they run one at a time.
 */
export function loadWorkspace(entryFile: string, reader: SchemaFileReader = diskReader): Promise<LoadedWorkspace> {
    const run = queue.then(() => load(resolve(entryFile), reader));
    queue = run.catch(() => undefined);
    return run;
}

async function load(entryFile: string, reader: SchemaFileReader): Promise<LoadedWorkspace> {
    const { services, stdlib } = await sharedServices();
    const langiumDocuments = services.shared.workspace.LangiumDocuments;
    const indexManager = services.shared.workspace.IndexManager;
    for (const doc of [...langiumDocuments.all]) {
        if (doc !== stdlib) {
            langiumDocuments.deleteDocument(doc.uri);
            indexManager.remove(doc.uri);
        }
    }

    const sources = new Map<string, string>();
    const diagnostics: SchemaDiagnostic[] = [];
    const documents: LangiumDocument<Model>[] = [];
    const pending = [entryFile];
    const seen = new Set<string>();
    if (!reader.exists(entryFile)) {
        diagnostics.push({ severity: 'error', message: `schema file not found: ${entryFile}`, file: entryFile, line: 1, column: 1, endLine: 1, endColumn: 1, code: 'file-not-found' });
        return { services, documents, stdlib, diagnostics, sources, hasErrors: true };
    }
    while (pending.length > 0) {
        const file = pending.shift()!;
        if (seen.has(file)) continue;
        seen.add(file);
        const text = reader.read(file);
        sources.set(file, text);
        const doc = langiumDocuments.createDocument(documentUri(file), text) as LangiumDocument<Model>;
        documents.push(doc);
        const root = doc.parseResult.value;
        if (!isModel(root)) continue;
        for (const imp of root.imports) {
            if (!imp.path) continue;
            const target = resolveImportPath(file, imp.path);
            if (reader.exists(target)) pending.push(target);
            else diagnostics.push(diagnosticAt(imp, file, `cannot find imported file '${imp.path}' (looked for ${target})`, 'unresolved-import'));
        }
    }

    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    for (const doc of documents) {
        const file = documentFile(doc);
        for (const d of doc.diagnostics ?? []) {
            diagnostics.push({
                severity: d.severity === 1 ? 'error' : 'warning',
                message: d.message,
                file,
                line: d.range.start.line + 1,
                column: d.range.start.character + 1,
                endLine: d.range.end.line + 1,
                endColumn: d.range.end.character + 1,
                code: typeof d.code === 'string' ? d.code : (d.data as { code?: string } | undefined)?.code,
            });
        }
    }
    diagnostics.push(...checkWorkspace(documents));
    const hasErrors = diagnostics.some((d) => d.severity === 'error');
    return { services, documents, stdlib, diagnostics: sortDiagnostics(diagnostics, documents), sources, hasErrors };
}

function sortDiagnostics(diagnostics: SchemaDiagnostic[], documents: readonly LangiumDocument[]): SchemaDiagnostic[] {
    const order = new Map(documents.map((d, i) => [documentFile(d), i]));
    return [...diagnostics].sort(
        (a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.line - b.line || a.column - b.column,
    );
}
