import { Project, SyntaxKind } from 'ts-morph';
import { applyEdits, type TextEdit } from './text-edits.js';

/**
 * Prisma types an interactive transaction's client as the bare `PrismaClient`, dropping the
 * client's options; with `@omit` as the global omit of `enhance()`'s type, the transaction
 * client must keep them, or its results would claim the omitted fields.
 */
export function toOmitAwareTransactions(declarations: string): string {
    const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
    const file = project.createSourceFile('index.d.ts', declarations);
    const edits: TextEdit[] = [];
    for (const ref of file.getDescendantsOfKind(SyntaxKind.TypeReference)) {
        if (ref.getTypeName().getText() !== 'PrismaClient' || ref.getTypeArguments().length > 0) continue;
        const method = ref.getFirstAncestorByKind(SyntaxKind.MethodDeclaration);
        if (method?.getName() !== '$transaction' || method.getParentIfKind(SyntaxKind.ClassDeclaration)?.getName() !== 'PrismaClient') continue;
        edits.push({ start: ref.getStart(), end: ref.getEnd(), text: 'PrismaClient<ClientOptions, U, ExtArgs>' });
    }
    return applyEdits(declarations, edits);
}
