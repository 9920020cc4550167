// The documentation's polymorphism flow through enhance(), printing each step and its result.
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '@prisma/client';
import { enhance } from '@zenstackhq/runtime';

const prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: 'file:./prisma/dev.db' }) });
// only the polymorphism enhancement: this schema declares no access rules, which would deny everything
const db = enhance(prisma, undefined, { kinds: ['delegate'] });
const step = (title, value) => console.log(`\n> ${title}\n${JSON.stringify(value, null, 2)}`);

const user = await db.user.create({ data: { email: 'u1@example.com' } });
step('db.user.create({ data: { email } })', user);

step(
    'db.post.create({ data: { ownerId, title } })',
    await db.post.create({ data: { ownerId: user.id, title: 'Post1' } }),
);
step(
    'db.video.create({ data: { ownerId, name, duration } })',
    await db.video.create({ data: { ownerId: user.id, name: 'Video1', duration: 100 } }),
);

step(
    'db.user.findFirstOrThrow({ include: { contents: true } }): each content merged with its concrete fields',
    await db.user.findFirstOrThrow({ include: { contents: true } }),
);
step('db.content.findFirstOrThrow(): a base read returns the concrete fields too', await db.content.findFirstOrThrow());

step('db.video.deleteMany()', await db.video.deleteMany());
step('db.content.findMany(): only the post is left', await db.content.findMany());

console.log('\nPhysical tables (raw Prisma, no enhance):');
console.log(`  Content rows: ${await prisma.content.count()}, Post rows: ${await prisma.post.count()}, Video rows: ${await prisma.video.count()}`);

await prisma.$disconnect();
