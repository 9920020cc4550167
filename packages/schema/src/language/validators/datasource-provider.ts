import type { LangiumDocuments } from 'langium';
import { isDataSource, isLiteralExpr, isModel } from '../generated/ast.js';

/** The provider of the workspace's datasource, wherever it is declared, if it is a literal. */
export function findDatasourceProvider(documents: LangiumDocuments): string | undefined {
    for (const doc of documents.all) {
        const root = doc.parseResult.value;
        if (!isModel(root)) continue;
        for (const decl of root.declarations ?? []) {
            if (!isDataSource(decl)) continue;
            const value = decl.fields?.find((f) => f.name === 'provider')?.value;
            if (isLiteralExpr(value) && typeof value.value === 'string') return value.value;
        }
    }
    return undefined;
}
