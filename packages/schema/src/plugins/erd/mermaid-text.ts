import type { FieldType } from '@zenstackhq/sdk';

// erDiagram attribute types and names are ATTRIBUTE_WORDs in Mermaid's grammar
const ATTRIBUTE_WORD = /^[*A-Za-z_][A-Za-z0-9\-_[\]()*]*$/;
// whole words the ER lexer takes for key markers, case-insensitively
const ER_KEY_WORDS = /^(pk|fk|uk)$/i;

/** An entity or class name, quoted: ER's lexer reads `Style` or `Class` as keywords otherwise. */
export function quoteEntity(name: string): string {
    return `"${name.replace(/["%\\\r\n\v\b]/g, '_')}"`;
}

/** A word valid as an erDiagram attribute type or name. */
export function toAttributeWord(text: string): string {
    let word = text.replace(/[^A-Za-z0-9\-_[\]()*]/g, '_');
    if (!ATTRIBUTE_WORD.test(word)) word = `_${word}`;
    return ER_KEY_WORDS.test(word) ? `${word}_` : word;
}

/**
 * Text inside a Mermaid double-quoted string (labels, comments, notes): no double quotes or line
 * breaks, and no `#` or `;`, which Mermaid's renderer would read as an entity code like `#quot;`.
 */
export function toQuotedText(text: string): string {
    return `"${text.replace(/["\r\n]/g, "'").replace(/[#;]/g, ' ')}"`;
}

/** A field's type as a diagram shows it: `String[]`, `Role`, `Unsupported` (its argument dropped). */
export function typeLabel(type: FieldType): string {
    const name = type.kind === 'unsupported' ? 'Unsupported' : type.name;
    return type.array ? `${name}[]` : name;
}
