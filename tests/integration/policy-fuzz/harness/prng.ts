/** A small seeded PRNG (mulberry32) and the choices the generators make with it. */
export interface Random {
    /** a float in [0, 1) */
    next(): number;
    /** an integer in [min, max] */
    int(min: number, max: number): number;
    /** true with probability `p` */
    chance(p: number): boolean;
    pick<T>(items: readonly T[]): T;
    /** a choice weighted by the numbers next to each item */
    weighted<T>(items: readonly (readonly [T, number])[]): T;
    /** up to `max` distinct items, in random order */
    some<T>(items: readonly T[], max: number): T[];
}

/** A PRNG for `seed`; the same seed gives the same choices. */
export function createRandom(seed: number): Random {
    let a = seed >>> 0;
    const next = () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const random: Random = {
        next,
        int: (min, max) => min + Math.floor(next() * (max - min + 1)),
        chance: (p) => next() < p,
        pick: (items) => {
            if (items.length === 0) throw new Error('pick from an empty list');
            return items[Math.floor(next() * items.length)]!;
        },
        weighted: (items) => {
            const total = items.reduce((sum, [, w]) => sum + w, 0);
            let roll = next() * total;
            for (const [item, weight] of items) {
                roll -= weight;
                if (roll < 0) return item;
            }
            return items[items.length - 1]![0];
        },
        some: (items, max) => {
            const pool = [...items];
            const count = Math.min(pool.length, random.int(0, max));
            const out: (typeof pool)[number][] = [];
            for (let i = 0; i < count; i++) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
            return out;
        },
    };
    return random;
}

/** A seed for case `index` of a run seeded with `seed`, spread so neighbouring cases differ. */
export function caseSeed(seed: number, index: number): number {
    return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
}
