/** One line of a block body: its `///` documentation and its cells (name, type, attributes). */
export interface BlockRow {
    readonly documentation: readonly string[];
    readonly cells: readonly string[];
}

/**
 * Lays rows out in columns the way `prisma format` does: every column but the last padded to
 * its widest cell plus one space, documentation lines above their row, two-space indent.
 */
export function layoutRows(rows: readonly BlockRow[], indent = '  '): string[] {
    const widths: number[] = [];
    for (const row of rows) {
        row.cells.forEach((cell, i) => {
            widths[i] = Math.max(widths[i] ?? 0, cell.length);
        });
    }
    return rows.flatMap((row) => [
        ...printDocumentation(row.documentation, indent),
        (indent + row.cells.map((cell, i) => (i < row.cells.length - 1 ? cell.padEnd(widths[i]! + 1) : cell)).join('')).trimEnd(),
    ]);
}

/**
 * Documentation comments Prisma reads back as the same lines: `///` lines, or a `/* *\/` block
 * when a line starts with blanks (Prisma trims those from `///` lines but keeps them inside a block).
 */
export function printDocumentation(documentation: readonly string[], indent = ''): string[] {
    const text = documentation.join('\n');
    const needsBlock = documentation.some((line) => /^\s/.test(line));
    if (needsBlock && text === text.trim() && !text.includes('*/')) return [`${indent}/*${text}`, `${indent} */`];
    return documentation.map((line) => (line === '' ? `${indent}///` : `${indent}/// ${line}`));
}

/** A top-level block: header line, body lines, closing brace. */
export function printBlock(header: string, body: readonly string[]): string {
    return body.length === 0 ? `${header} {\n}` : `${header} {\n${body.join('\n')}\n}`;
}
