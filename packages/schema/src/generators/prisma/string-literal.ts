// Prisma reads these escapes back in string literals; everything else is written as is.
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Writes a string as a double-quoted PSL literal, whichever quotes the ZModel source used. */
export function toStringLiteral(value: string): string {
    return `"${value.replace(/[\\"\n\r\t]/g, (c) => ESCAPES[c] ?? c)}"`;
}

/** Writes a literal value the way PSL spells it. */
export function toLiteral(value: string | number | boolean): string {
    return typeof value === 'string' ? toStringLiteral(value) : String(value);
}
