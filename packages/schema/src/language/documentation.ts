import { CstUtils, type AstNode, type CstNode, type LeafCstNode } from 'langium';

interface DocumentTokens {
    significant: LeafCstNode[];
    docComments: LeafCstNode[];
}

const cache = new WeakMap<CstNode, DocumentTokens>();

function tokensOf(root: CstNode): DocumentTokens {
    let tokens = cache.get(root);
    if (!tokens) {
        const leaves = [...CstUtils.flattenCst(root)];
        tokens = {
            significant: leaves.filter((l) => !l.hidden),
            docComments: leaves.filter((l) => l.hidden && l.text.startsWith('///')),
        };
        cache.set(root, tokens);
    }
    return tokens;
}

/**
 * The `///` lines that document a node, as Prisma reads them: the lines right before it, then
 * a trailing one on the line where it ends. Each is returned without its `///` prefix.
 */
export function getDocumentation(node: AstNode): string[] {
    const cst = node.$cstNode;
    if (!cst) return [];
    const { significant, docComments } = tokensOf(cst.root);
    const own = [...CstUtils.flattenCst(cst)].filter((l) => !l.hidden);
    if (own.length === 0) return [];
    const first = own[0]!;
    const last = own[own.length - 1]!;
    const firstIndex = significant.indexOf(first);
    const previous = firstIndex > 0 ? significant[firstIndex - 1] : undefined;
    const next = significant[significant.indexOf(last) + 1];

    const leading = docComments.filter(
        (c) =>
            c.offset < first.offset &&
            (!previous || (c.offset > previous.offset && c.range.start.line > previous.range.end.line)),
    );
    const trailing = docComments.filter(
        (c) => c.offset > last.offset && c.range.start.line === last.range.end.line && (!next || c.offset < next.offset),
    );
    return [...leading, ...trailing].map((c) => c.text.slice(3));
}
