import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRandom } from './mulberry32.js';

export type Files = Record<string, string>;

/**
 * Seeds taken from the shared corpus: small files whole, an excerpt of each large one (its
 * datasource and a seeded run of consecutive blocks, about `maxSize` characters: references
 * out of the excerpt become linking errors, which is fine input), and tun-judge's files as
 * one multi-file schema.
 */
export function corpusSeeds(corpus: string, maxSize: number, seed: number): Record<string, Files> {
    if (!existsSync(corpus)) return {};
    const random = createRandom(seed);
    const seeds: Record<string, Files> = {};
    for (const dir of ['psl', 'zmodel']) {
        for (const name of readdirSync(join(corpus, dir)).sort()) {
            const file = join(corpus, dir, name);
            if (!/\.(prisma|zmodel)$/.test(name)) continue;
            const text = readFileSync(file, 'utf8');
            if (text.length <= maxSize) {
                seeds[`${dir}/${name}`] = { [file]: text };
            } else {
                seeds[`${dir}/${name} (excerpt)`] = { [file]: excerpt(text, maxSize, random.int(1_000_000)) };
            }
        }
    }
    const judge = join(corpus, 'zmodel/tun-judge');
    if (existsSync(join(judge, 'schema.zmodel'))) {
        const files: Files = { [join(judge, 'schema.zmodel')]: readFileSync(join(judge, 'schema.zmodel'), 'utf8') };
        for (const name of readdirSync(join(judge, 'entities')).sort()) files[join(judge, 'entities', name)] = readFileSync(join(judge, 'entities', name), 'utf8');
        seeds['zmodel/tun-judge'] = files;
    }
    return seeds;
}

function excerpt(text: string, maxSize: number, start: number): string {
    // top-level blocks end with a `}` alone on its line
    const blocks = text.split(/(?<=\n\})\n/);
    const config = blocks.filter((b) => /^\s*(datasource|generator)\b/m.test(b) && !/^\s*(model|enum|view|type)\b/m.test(b));
    const rest = blocks.filter((b) => !config.includes(b));
    const parts = [...config];
    let size = parts.join('\n').length;
    for (let i = start % Math.max(1, rest.length); i < rest.length && size < maxSize; i++) {
        parts.push(rest[i]!);
        size += rest[i]!.length + 1;
    }
    return parts.join('\n');
}
