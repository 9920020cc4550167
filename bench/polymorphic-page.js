// A page of a polymorphic base (4 sub models) through enhance() against the hand-written
// Prisma include query that does the same, in one process, on SQLite and on PostgreSQL.
import { loadSchema, testDbProviders } from '@zenstackhq/testtools';
import { measure } from './measure.js';

const SCHEMA = `
model Content {
    id        Int    @id @default(autoincrement())
    viewCount Int
    type      String
    @@delegate(type)
}
model Post extends Content { title String }
model Image extends Content { format String }
model Video extends Content { duration Int }
model Audio extends Content { bitrate Int }
`;
const KINDS = ['post', 'image', 'video', 'audio'];
const DATA = { post: (i) => ({ title: `p${i}` }), image: (i) => ({ format: `f${i}` }), video: (i) => ({ duration: i }), audio: (i) => ({ bitrate: i }) };
const ROWS = Number(process.env.BENCH_ROWS ?? 1000);

for (const provider of testDbProviders()) {
    const loaded = await loadSchema(SCHEMA, { provider });
    const db = loaded.enhance(undefined, { kinds: ["delegate"] });
    for (let i = 0; i < ROWS; i++) {
        const kind = KINDS[i % 4];
        await loaded.prisma.content.create({ data: { viewCount: (i * 7919) % 1000, type: kind[0].toUpperCase() + kind.slice(1), [`delegate_aux_${kind}`]: { create: DATA[kind](i) } } });
    }
    const page = { orderBy: [{ viewCount: 'desc' }, { id: 'asc' }], skip: 100, take: 20 };
    const include = Object.fromEntries(KINDS.map((k) => [`delegate_aux_${k}`, true]));
    const raw = await measure(() => loaded.prisma.content.findMany({ ...page, include }));
    const enhanced = await measure(() => db.content.findMany(page));
    console.log(
        `${provider.padEnd(10)} base page (take 20 of ${ROWS}, 4 sub models): enhanced ${enhanced.median.toFixed(3)} ms (p95 ${enhanced.p95.toFixed(3)}), ` +
            `raw Prisma ${raw.median.toFixed(3)} ms (p95 ${raw.p95.toFixed(3)}), ratio ${(enhanced.median / raw.median).toFixed(2)}x`,
    );
    await loaded.prisma.$disconnect();
}
