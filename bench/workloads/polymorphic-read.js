// Workload 2: a page of a polymorphic base over four concrete models, and a concrete findMany
// filtered on a base field; raw Prisma includes the delegate relations by hand.
import { CONTENT_KINDS, POLYMORPHIC_SCHEMA } from '../schemas.js';
import { sameIds, seedContents } from './content-data.js';

const INCLUDE = Object.fromEntries(Object.keys(CONTENT_KINDS).map((k) => [`delegate_aux_${k.toLowerCase()}`, true]));
const page = (take) => ({ orderBy: [{ viewCount: 'desc' }, { id: 'asc' }], skip: 100, take });
const BASE_FILTER = { viewCount: { gt: 500 } };

export default {
    name: '2 polymorphic read',
    schema: POLYMORPHIC_SCHEMA,
    options: { kinds: ['delegate'] },
    seed: seedContents,
    ops: () => [
        ...[20, 100].map((take) => ({
            name: `base page take ${take}`,
            target: { ratio: 1.3 },
            sameStatementsAs: take === 20 ? undefined : 'base page take 20',
            raw: (prisma) => prisma.content.findMany({ ...page(take), include: INCLUDE }),
            ours: (db) => db.content.findMany(page(take)),
            same: sameIds,
        })),
        {
            name: 'concrete, base filter',
            target: { ratio: 1.3 },
            raw: (prisma) => prisma.post.findMany({ where: { delegate_aux_content: { is: BASE_FILTER } }, include: { delegate_aux_content: true }, orderBy: { id: 'asc' }, take: 20 }),
            ours: (db) => db.post.findMany({ where: BASE_FILTER, orderBy: { id: 'asc' }, take: 20 }),
            same: sameIds,
        },
    ],
};
