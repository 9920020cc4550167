import { CstUtils, type AstNode, type CstNode, type LeafCstNode } from 'langium';

interface DocumentTokens {
    significant: LeafCstNode[];
    comments: LeafCstNode[];
}

const cache = new WeakMap<CstNode, DocumentTokens>();

function tokensOf(root: CstNode): DocumentTokens {
    let tokens = cache.get(root);
    if (!tokens) {
        const leaves = [...CstUtils.flattenCst(root)];
        tokens = {
            significant: leaves.filter((l) => !l.hidden),
            comments: leaves.filter((l) => l.hidden && l.text.startsWith('/')),
        };
        cache.set(root, tokens);
    }
    return tokens;
}

/**
 * The documentation of a node as Prisma reads it, one entry per line: the comment block right
 * before the node (no blank line in between; plain `//` lines belong to the block but document
 * nothing), then a comment on the line where it ends. `///` lines lose the slashes and leading
 * blanks; a `/* *\/` comment documents too, its inner text trimmed at both ends.
 */
export function getDocumentation(node: AstNode): string[] {
    const cst = node.$cstNode;
    if (!cst) return [];
    const { significant, comments } = tokensOf(cst.root);
    const own = [...CstUtils.flattenCst(cst)].filter((l) => !l.hidden);
    if (own.length === 0) return [];
    const first = own[0]!;
    const last = own[own.length - 1]!;
    const firstIndex = significant.indexOf(first);
    const previous = firstIndex > 0 ? significant[firstIndex - 1] : undefined;
    const next = significant[significant.indexOf(last) + 1];

    // candidates: on their own lines between the previous token and this node
    const before = comments.filter(
        (c) => c.offset < first.offset && (!previous || (c.offset > previous.offset && c.range.start.line > previous.range.end.line)),
    );
    const leading: LeafCstNode[] = [];
    let line = first.range.start.line;
    for (let i = before.length - 1; i >= 0; i--) {
        const comment = before[i]!;
        // a blank line ends the block; what is above it is a floating comment
        if (comment.range.end.line < line - 1) break;
        leading.unshift(comment);
        line = comment.range.start.line;
    }
    const trailing = comments.filter(
        (c) => c.offset > last.offset && c.range.start.line === last.range.end.line && (!next || c.offset < next.offset),
    );
    return [...leading, ...trailing].flatMap(documentationLines);
}

function documentationLines(comment: LeafCstNode): string[] {
    if (comment.text.startsWith('///')) return [comment.text.slice(3).trimStart()];
    if (comment.text.startsWith('/*')) return comment.text.slice(2, -2).trim().split(/\r?\n/);
    return [];
}
