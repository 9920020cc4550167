import { CONTENT_KINDS } from '../schemas.js';

/** `rows` contents, the four concrete models in turn, with view counts spread over 0..999. */
export async function seedContents(prisma, rows) {
    const kinds = Object.keys(CONTENT_KINDS);
    for (let start = 0; start < rows; start += 1000) {
        const ids = Array.from({ length: Math.min(1000, rows - start) }, (_, k) => start + k + 1);
        await prisma.content.createMany({ data: ids.map((id) => ({ id, viewCount: (id * 7919) % 1000, type: kinds[id % 4] })) });
        for (const [k, kind] of kinds.entries()) {
            const model = kind[0].toLowerCase() + kind.slice(1);
            await prisma[model].createMany({ data: ids.filter((id) => id % 4 === k).map((id) => ({ id, ...CONTENT_KINDS[kind](id) })) });
        }
    }
}

/** The ids of a result, for comparing the rows two sides return. */
export const sameIds = (a, b) => JSON.stringify(a.map((r) => r.id)) === JSON.stringify(b.map((r) => r.id));
