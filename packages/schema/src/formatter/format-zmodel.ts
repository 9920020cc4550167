/**
 * Formats ZModel text the way `prisma format` lays out PSL: blocks indented, fields aligned in
 * columns (name, type, attributes), `=` aligned in config blocks, one blank line at most.
 * It works on lines and tokens, so comments stay where they are; the caller checks that the
 * text parses first, and that formatting keeps its meaning.
 */
export function formatZModel(text: string, options: { indent?: number } = {}): string {
    const unit = ' '.repeat(options.indent ?? 4);
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    const out: FormattedLine[] = [];
    let depth = 0;
    let parenDepth = 0;
    let block: BlockKind = 'none';

    for (const raw of lines) {
        const line = raw.trim();
        if (line === '') {
            if (out.length > 0 && out[out.length - 1]!.kind !== 'blank') out.push({ kind: 'blank', text: '' });
            continue;
        }
        const scan = scanLine(line);
        const startsWithClose = line.startsWith('}') && parenDepth === 0;
        const lineDepth = Math.max(0, startsWithClose ? depth - 1 : depth);
        const indent = unit.repeat(lineDepth + (parenDepth > 0 ? 1 : 0));

        if (parenDepth > 0) out.push({ kind: 'plain', text: indent + line });
        else if (depth === 0 || line.startsWith('}')) out.push({ kind: 'plain', text: indent + line });
        else if (line.startsWith('//') || line.startsWith('/*') || line.startsWith('*') || line.startsWith('@@')) out.push({ kind: 'plain', text: indent + line });
        else if (block === 'config') out.push(splitConfigLine(line, indent));
        else if (block === 'fields' && scan.parenDelta === 0) out.push(splitFieldLine(line, indent));
        else out.push({ kind: 'plain', text: indent + line });

        if (depth === 0 && scan.braceDelta > 0) block = blockKind(line);
        depth = Math.max(0, depth + scan.braceDelta);
        parenDepth = Math.max(0, parenDepth + scan.parenDelta);
        if (depth === 0) block = 'none';
    }
    while (out.length > 0 && out[out.length - 1]!.kind === 'blank') out.pop();
    return alignColumns(out).join('\n') + '\n';
}

type BlockKind = 'none' | 'config' | 'fields';

type FormattedLine =
    | { kind: 'blank' | 'plain'; text: string }
    | { kind: 'field'; indent: string; columns: string[] }
    | { kind: 'config'; indent: string; columns: string[] };

function blockKind(line: string): BlockKind {
    const keyword = line.split(/\s+/)[0];
    return keyword === 'datasource' || keyword === 'generator' || keyword === 'plugin' ? 'config' : 'fields';
}

/** Net `{}` and `()[]` nesting of a line, ignoring strings and comments. */
function scanLine(line: string): { braceDelta: number; parenDelta: number } {
    let braceDelta = 0;
    let parenDelta = 0;
    for (let i = 0; i < line.length; i++) {
        const ch = line[i]!;
        if (ch === '"' || ch === "'") i = skipString(line, i);
        else if (ch === '/' && line[i + 1] === '/') break;
        else if (ch === '{') braceDelta++;
        else if (ch === '}') braceDelta--;
        else if (ch === '(' || ch === '[') parenDelta++;
        else if (ch === ')' || ch === ']') parenDelta--;
    }
    return { braceDelta, parenDelta };
}

function skipString(line: string, start: number): number {
    const quote = line[start];
    for (let i = start + 1; i < line.length; i++) {
        if (line[i] === '\\') i++;
        else if (line[i] === quote) return i;
    }
    return line.length;
}

/** Splits `name Type @attr(...) // note` into its columns; the type may hold `Unsupported("a b")`. */
function splitFieldLine(line: string, indent: string): FormattedLine {
    const name = line.match(/^\S+/)![0];
    let rest = line.slice(name.length).trimStart();
    if (rest === '') return { kind: 'plain', text: indent + line };
    let typeEnd = 0;
    let nesting = 0;
    while (typeEnd < rest.length) {
        const ch = rest[typeEnd]!;
        if (ch === '"' || ch === "'") typeEnd = skipString(rest, typeEnd);
        else if (ch === '(') nesting++;
        else if (ch === ')') nesting--;
        else if (/\s/.test(ch) && nesting === 0) break;
        typeEnd++;
    }
    let type = rest.slice(0, typeEnd);
    rest = rest.slice(typeEnd).trim();
    // modifiers written apart from their type (`Unsupported("x") ?`) join it
    const modifiers = rest.match(/^(\[\s*\])?\s*\??/)![0];
    type += modifiers.replace(/\s+/g, '');
    rest = rest.slice(modifiers.length).trim().replace(/\s+(?=@)/g, ' ');
    return { kind: 'field', indent, columns: rest ? [name, type, rest] : [name, type] };
}

function splitConfigLine(line: string, indent: string): FormattedLine {
    const match = line.match(/^(\S+)\s*=\s*(.*)$/);
    if (!match) return { kind: 'plain', text: indent + line };
    return { kind: 'config', indent, columns: [match[1]!, `= ${match[2]!}`] };
}

/** Pads the columns of each run of field (or config) lines to a common width. */
function alignColumns(lines: FormattedLine[]): string[] {
    const result: string[] = [];
    let i = 0;
    while (i < lines.length) {
        const line = lines[i]!;
        if (line.kind === 'blank' || line.kind === 'plain') {
            result.push(line.text);
            i++;
            continue;
        }
        let end = i;
        while (end < lines.length && lines[end]!.kind === line.kind) end++;
        const group = lines.slice(i, end) as Extract<FormattedLine, { columns: string[] }>[];
        const widths: number[] = [];
        for (const g of group) g.columns.forEach((c, k) => (widths[k] = Math.max(widths[k] ?? 0, c.length)));
        for (const g of group) {
            const padded = g.columns.map((c, k) => (k < g.columns.length - 1 ? c.padEnd(widths[k]!) : c));
            result.push(g.indent + padded.join(' '));
        }
        i = end;
    }
    return result;
}
