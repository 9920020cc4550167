// A policy-filtered findMany (take 20) and findUnique for an authenticated user, against raw
// Prisma with the same filter written by hand, in one process, on SQLite and on PostgreSQL.
import { loadSchema, testDbProviders } from '@zenstackhq/testtools';
import { countingClient } from './counting.js';
import { measure } from './measure.js';

const SCHEMA = `
model User {
    id          Int          @id
    memberships Membership[]
    posts       Post[]
    @@allow('all', true)
}
model Org {
    id      Int          @id
    members Membership[]
    posts   Post[]
    @@allow('all', true)
}
model Membership {
    id     Int  @id @default(autoincrement())
    user   User @relation(fields: [userId], references: [id])
    userId Int
    org    Org  @relation(fields: [orgId], references: [id])
    orgId  Int
    @@allow('all', true)
}
model Post {
    id      Int    @id @default(autoincrement())
    title   String
    owner   User   @relation(fields: [ownerId], references: [id])
    ownerId Int
    org     Org    @relation(fields: [orgId], references: [id])
    orgId   Int
    @@allow('read', auth() == owner || org.members?[user == auth()])
}
`;
const ROWS = Number(process.env.BENCH_ROWS ?? 1000);
const USER = 1;

for (const provider of testDbProviders()) {
    const loaded = await loadSchema(SCHEMA, { provider });
    const raw = loaded.prisma;
    await raw.user.createMany({ data: Array.from({ length: 20 }, (_, i) => ({ id: i + 1 })) });
    await raw.org.createMany({ data: Array.from({ length: 10 }, (_, i) => ({ id: i + 1 })) });
    await raw.membership.createMany({ data: [{ userId: USER, orgId: 1 }, { userId: USER, orgId: 2 }, { userId: 2, orgId: 3 }] });
    await raw.post.createMany({ data: Array.from({ length: ROWS }, (_, i) => ({ title: `p${i}`, ownerId: (i % 20) + 1, orgId: (i % 10) + 1 })) });

    const counting = countingClient(loaded);
    const db = loaded.enhanceRaw(counting.prisma, { user: { id: USER } });
    const byHand = { OR: [{ owner: { is: { id: USER } } }, { org: { is: { members: { some: { user: { is: { id: USER } } } } } } }] };
    const page = { orderBy: { id: 'asc' }, skip: 40, take: 20 };
    const target = await raw.post.findFirst({ where: { ...byHand, title: 'p500' } });

    const enhancedPage = await db.post.findMany(page);
    const rawPage = await counting.prisma.post.findMany({ ...page, where: byHand });
    if (JSON.stringify(enhancedPage) !== JSON.stringify(rawPage)) throw new Error('the enhanced and hand-written queries disagree');

    const rows = [
        ['findMany take 20', () => db.post.findMany(page), () => counting.prisma.post.findMany({ ...page, where: byHand })],
        ['findUnique', () => db.post.findUnique({ where: { id: target.id } }), () => counting.prisma.post.findUnique({ where: { id: target.id, AND: [byHand] } })],
    ];
    for (const [name, enhanced, handWritten] of rows) {
        const e = await measure(enhanced);
        const r = await measure(handWritten);
        const es = await counting.statementsOf(enhanced);
        const rs = await counting.statementsOf(handWritten);
        console.log(
            `${provider.padEnd(10)} policy ${name.padEnd(17)} enhanced ${e.median.toFixed(3)} ms (p95 ${e.p95.toFixed(3)}, ${es} statements), ` +
                `hand-written ${r.median.toFixed(3)} ms (p95 ${r.p95.toFixed(3)}, ${rs} statements), ratio ${(e.median / r.median).toFixed(2)}x`,
        );
    }
    await counting.prisma.$disconnect();
    await raw.$disconnect();
}
