// Workload 3: a policy-checked create with a nested to-many create, and an update under a
// `future()` rule; raw Prisma runs the plain writes a hand-written app would send.
import { POLICY_SCHEMA } from '../schemas.js';
import { seedPolicyData, USER } from './policy-data.js';

const COMMENTS = { create: [{ text: 'a' }, { text: 'b' }, { text: 'c' }] };
let serial = 0;

export default {
    name: '3 policy write',
    schema: POLICY_SCHEMA,
    context: { user: { id: USER } },
    async seed(prisma, rows) {
        await seedPolicyData(prisma, Math.min(rows, 1000));
        const own = await prisma.post.findFirst({ where: { ownerId: USER }, orderBy: { id: 'asc' } });
        return { ownId: own.id };
    },
    ops: ({ ownId }) => [
        {
            name: 'create + 3 nested',
            target: { ratio: 1.5 },
            raw: (prisma) => prisma.post.create({ data: { title: `n${serial++}`, ownerId: USER, orgId: 1, comments: COMMENTS } }),
            ours: (db) => db.post.create({ data: { title: `n${serial++}`, ownerId: USER, orgId: 1, comments: COMMENTS } }),
        },
        {
            name: 'update, future() rule',
            target: { ratio: 1.5 },
            raw: (prisma) => prisma.post.update({ where: { id: ownId, ownerId: USER }, data: { title: `u${serial++}` } }),
            ours: (db) => db.post.update({ where: { id: ownId }, data: { title: `u${serial++}` } }),
        },
    ],
};
