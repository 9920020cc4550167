import type { AttributeApplication } from '@zenstackhq/sdk';

// the order `prisma format` puts attributes in (measured with Prisma 6.19's formatter)
const FIELD_ORDER = ['@id', '@unique', '@default', '@updatedAt', '@map', '@relation', '@ignore', '@db', '@shardKey'];
const BLOCK_ORDER = ['@@id', '@@unique', '@@index', '@@fulltext', '@@map', '@@ignore', '@@schema', '@@shardKey'];

/** Attributes in `prisma format` order, so a formatted output stays unchanged by `prisma format`; the sort is stable. */
export function inPrismaFormatOrder(attributes: readonly AttributeApplication[]): AttributeApplication[] {
    return [...attributes].sort((a, b) => rank(a.name) - rank(b.name));
}

function rank(name: string): number {
    const order = name.startsWith('@@') ? BLOCK_ORDER : FIELD_ORDER;
    // native types are `@db.VarChar(...)` and so on; unknown names keep their place at the end
    const index = order.indexOf(name.startsWith('@db.') ? '@db' : name);
    return index === -1 ? order.length : index;
}
