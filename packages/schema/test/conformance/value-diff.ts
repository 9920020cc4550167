import { isDeepStrictEqual } from 'node:util';

/**
 * Where two JSON-like values differ, as `path: expected → actual` lines, so a failing
 * conformance case names the model and field instead of dumping two whole DMMF documents.
 */
export function diffValues(expected: unknown, actual: unknown, path = '$', limit = 20): string[] {
    const out: string[] = [];
    walk(expected, actual, path, out, limit);
    return out;
}

function walk(expected: unknown, actual: unknown, path: string, out: string[], limit: number): void {
    if (out.length >= limit || isDeepStrictEqual(expected, actual)) return;
    if (Array.isArray(expected) && Array.isArray(actual)) {
        if (expected.length !== actual.length) {
            out.push(`${path}: length ${expected.length} → ${actual.length} (${summarize(expected)} → ${summarize(actual)})`);
            return;
        }
        expected.forEach((item, i) => walk(item, actual[i], `${path}[${label(item, i)}]`, out, limit));
        return;
    }
    if (isObject(expected) && isObject(actual)) {
        for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
            walk(expected[key], actual[key], `${path}.${key}`, out, limit);
        }
        return;
    }
    out.push(`${path}: ${JSON.stringify(expected)} → ${JSON.stringify(actual)}`);
}

// DMMF lists hold named things; their names make paths readable
function label(item: unknown, index: number): string {
    return isObject(item) && typeof item.name === 'string' ? item.name : String(index);
}

function summarize(items: unknown[]): string {
    return items.map((item, i) => label(item, i)).join(',').slice(0, 200);
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
