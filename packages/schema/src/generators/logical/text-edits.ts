/** A replacement of `[start, end)` in a text. */
export interface TextEdit {
    readonly start: number;
    readonly end: number;
    readonly text: string;
}

/**
 * Applies edits to `text` in one pass: the kept stretches and the replacements are joined once,
 * as a declaration file of a large schema is megabytes long and gets thousands of edits. An edit
 * inside one already applied (a removed property within a removed member) is moot.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
    const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
    const parts: string[] = [];
    let position = 0;
    for (const edit of sorted) {
        if (edit.start < position) continue;
        parts.push(text.slice(position, edit.start), edit.text);
        position = edit.end;
    }
    parts.push(text.slice(position));
    return parts.join('');
}
