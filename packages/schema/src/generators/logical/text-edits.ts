/** A replacement of `[start, end)` in a text, found by parsing it with ts-morph. */
export interface TextEdit {
    readonly start: number;
    readonly end: number;
    readonly text: string;
}

/** Applies edits to `text` in one pass, from the end; an edit inside one already applied (a removed property within a removed member) is moot. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
    const sorted = [...edits].sort((a, b) => b.start - a.start);
    let result = text;
    let lastStart = Number.POSITIVE_INFINITY;
    for (const edit of sorted) {
        if (edit.end > lastStart) continue;
        result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
        lastStart = edit.start;
    }
    return result;
}
