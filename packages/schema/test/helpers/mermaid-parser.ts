// Mermaid's own parser, run in Node: its class diagrams sanitize labels with DOMPurify, which
// needs a window, so a jsdom window is installed before mermaid loads. Test-only.
type Mermaid = { parse(text: string): Promise<{ diagramType: string }> };

let loading: Promise<Mermaid> | undefined;

async function loadMermaid(): Promise<Mermaid> {
    // @ts-expect-error jsdom ships no types; only its constructor and window are used
    const { JSDOM } = (await import('jsdom')) as { JSDOM: new (html: string) => { window: Window & typeof globalThis } };
    const { window } = new JSDOM('');
    Object.assign(globalThis, { window, document: window.document });
    return (await import('mermaid')).default as unknown as Mermaid;
}

/** Parses a diagram with mermaid and resolves to its type (`er`, `class`); rejects with mermaid's parse error. */
export async function parseMermaid(text: string): Promise<string> {
    const mermaid = await (loading ??= loadMermaid());
    return (await mermaid.parse(text)).diagramType;
}
