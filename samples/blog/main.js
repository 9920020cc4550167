// Queries through enhance() on the client `zenstack generate` and `prisma generate` produced.
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '@prisma/client';
import { enhance } from '@zenstackhq/runtime';

const prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: 'file:./prisma/dev.db' }) });
const db = enhance(prisma);
const show = (label, value) => console.log(`${label}:`, JSON.stringify(value, null, 2));

const alice = await db.user.create({
    data: { email: 'alice@example.com', name: 'Alice', posts: { create: [{ title: 'Hello', published: true }, { title: 'Draft' }] } },
});
show('created user', { id: alice.id, email: alice.email });

const users = await db.user.findMany({ include: { posts: { select: { title: true, published: true } } } });
show('users with posts', users.map((u) => ({ email: u.email, posts: u.posts })));

show('published posts', await db.post.count({ where: { published: true } }));
show("alice's posts (fluent API)", (await db.user.findUnique({ where: { id: alice.id } }).posts()).map((p) => p.title));

await db.$transaction(async (tx) => {
    await tx.post.updateMany({ where: { authorId: alice.id }, data: { published: true } });
});
show('published after the transaction', await db.post.count({ where: { published: true } }));

await prisma.$disconnect();
