// Workload 1: a policy-filtered findMany (take 20) and findUnique for an authenticated user;
// raw Prisma runs the same filter written by hand.
import { POLICY_SCHEMA } from '../schemas.js';
import { seedPolicyData, USER } from './policy-data.js';

const BY_HAND = { OR: [{ owner: { is: { id: USER } } }, { org: { is: { members: { some: { user: { is: { id: USER } } } } } } }] };
const PAGE = { orderBy: { id: 'asc' }, skip: 40, take: 20 };
const sameJson = (a, b) => JSON.stringify(a) === JSON.stringify(b);

export default {
    name: '1 policy read',
    schema: POLICY_SCHEMA,
    context: { user: { id: USER } },
    async seed(prisma, rows) {
        await seedPolicyData(prisma, rows);
        const middle = await prisma.post.findFirst({ where: BY_HAND, skip: Math.floor(rows / 40), orderBy: { id: 'asc' } });
        return { targetId: middle.id };
    },
    ops: ({ targetId }) => [
        {
            name: 'findMany take 20',
            target: { ratio: 1.1 },
            raw: (prisma) => prisma.post.findMany({ ...PAGE, where: BY_HAND }),
            ours: (db) => db.post.findMany(PAGE),
            same: sameJson,
        },
        {
            name: 'findUnique',
            target: { ratio: 1.1 },
            raw: (prisma) => prisma.post.findUnique({ where: { id: targetId, AND: [BY_HAND] } }),
            ours: (db) => db.post.findUnique({ where: { id: targetId } }),
            same: sameJson,
        },
    ],
};
