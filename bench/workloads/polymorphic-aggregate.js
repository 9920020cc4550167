// Workload 4: count and aggregate over base fields from a concrete model; raw Prisma filters
// the base table on the discriminator by hand.
import { POLYMORPHIC_SCHEMA } from '../schemas.js';
import { seedContents } from './content-data.js';

const BASE_FILTER = { viewCount: { gt: 500 } };
const AGGREGATE = { _count: true, _avg: { viewCount: true }, _max: { viewCount: true } };
const sameJson = (a, b) => JSON.stringify(a) === JSON.stringify(b);

export default {
    name: '4 polymorphic aggregate',
    schema: POLYMORPHIC_SCHEMA,
    options: { kinds: ['delegate'] },
    seed: seedContents,
    ops: () => [
        {
            name: 'count, base filter',
            raw: (prisma) => prisma.content.count({ where: { type: 'Post', ...BASE_FILTER } }),
            ours: (db) => db.post.count({ where: BASE_FILTER }),
            same: sameJson,
        },
        {
            name: 'aggregate, base fields',
            raw: (prisma) => prisma.content.aggregate({ where: { type: 'Post', ...BASE_FILTER }, ...AGGREGATE }),
            ours: (db) => db.post.aggregate({ where: BASE_FILTER, ...AGGREGATE }),
            same: sameJson,
        },
    ],
};
