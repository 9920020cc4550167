import type { Random } from './mulberry32.js';

// identifiers, attribute names, strings, numbers, comments, whitespace, then any single character
const TOKEN = /@{0,3}[A-Za-z_][\w.]*|"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|\d+(?:\.\d+)?|\/\/[^\n]*|\s+|./g;
const PUNCTUATION = ['{', '}', '(', ')', '[', ']', '@', '@@', ',', '.', ':', ';', '?', '!', '^', '=', '==', '<', '>', '&&', '||', '"', "'", '/', '*', '///', '\n'];

type Mutation = (text: string, random: Random) => string;

function tokens(text: string): string[] {
    return text.match(TOKEN) ?? [];
}

function significant(list: readonly string[]): number[] {
    return list.flatMap((t, i) => (/^\s+$/.test(t) ? [] : [i]));
}

const deleteToken: Mutation = (text, random) => {
    const list = tokens(text);
    const at = significant(list);
    if (at.length === 0) return text;
    list.splice(random.pick(at), 1);
    return list.join('');
};

const duplicateToken: Mutation = (text, random) => {
    const list = tokens(text);
    const at = significant(list);
    if (at.length === 0) return text;
    const i = random.pick(at);
    list.splice(i, 0, list[i]!, ' ');
    return list.join('');
};

const swapTokens: Mutation = (text, random) => {
    const list = tokens(text);
    const at = significant(list);
    if (at.length < 2) return text;
    const i = random.int(at.length - 1);
    // mostly neighbours, sometimes any two tokens of the file
    const j = random.int(3) === 0 ? random.int(at.length) : i + 1;
    const [a, b] = [at[i]!, at[j]!];
    [list[a], list[b]] = [list[b]!, list[a]!];
    return list.join('');
};

/** Puts one token where another was: names and types move to places where they mean something else. */
const replaceToken: Mutation = (text, random) => {
    const list = tokens(text);
    const at = significant(list);
    if (at.length === 0) return text;
    list[random.pick(at)] = list[random.pick(at)]!;
    return list.join('');
};

const deleteLine: Mutation = (text, random) => {
    const lines = text.split('\n');
    lines.splice(random.int(lines.length), 1);
    return lines.join('\n');
};

const duplicateLine: Mutation = (text, random) => {
    const lines = text.split('\n');
    const i = random.int(lines.length);
    lines.splice(i, 0, lines[i]!);
    return lines.join('\n');
};

const swapLines: Mutation = (text, random) => {
    const lines = text.split('\n');
    const i = random.int(lines.length);
    const j = random.int(lines.length);
    [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    return lines.join('\n');
};

const insertPunctuation: Mutation = (text, random) => {
    const at = random.int(text.length + 1);
    return text.slice(0, at) + random.pick(PUNCTUATION) + text.slice(at);
};

export const MUTATIONS: Record<string, Mutation> = {
    deleteToken,
    duplicateToken,
    swapTokens,
    replaceToken,
    deleteLine,
    duplicateLine,
    swapLines,
    insertPunctuation,
};

/** Applies one to three random mutations; returns the text and their names, for the report. */
export function mutate(text: string, random: Random): { text: string; applied: string[] } {
    const names = Object.keys(MUTATIONS);
    const applied: string[] = [];
    let result = text;
    for (let n = 1 + random.int(3); n > 0; n--) {
        const name = random.pick(names);
        applied.push(name);
        result = MUTATIONS[name]!(result, random);
    }
    return { text: result, applied };
}
