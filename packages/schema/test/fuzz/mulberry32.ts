/** A small seeded PRNG (mulberry32): the same seed gives the same sequence, so failures replay. */
export function mulberry32(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

export interface Random {
    /** an integer in [0, n) */
    int(n: number): number;
    pick<T>(items: readonly T[]): T;
}

export function createRandom(seed: number): Random {
    const next = mulberry32(seed);
    return {
        int: (n) => Math.floor(next() * n),
        pick: (items) => items[Math.floor(next() * items.length)]!,
    };
}
