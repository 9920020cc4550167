import { loadSchema } from '@zenstackhq/testtools';
import { beforeAll, describe, expect, it } from 'vitest';
import { skipTypeTestsOnPrisma7, typeCheck } from '../support/type-check.js';

const SCHEMA = `
model User {
    id       Int    @id @default(autoincrement())
    email    String @unique
    password String @omit
    posts    Post[]
}

model Post {
    id      Int    @id @default(autoincrement())
    secret  String @omit
    owner   User   @relation(fields: [ownerId], references: [id])
    ownerId Int
}
`;

// @omit in enhance()'s result types, checked by the compiler: every `@ts-expect-error` line
// must fail to compile, and everything else must compile.
const USAGE = `
import '@zenstackhq/runtime/models';
import { enhance } from '@zenstackhq/runtime';
import type { PrismaClient } from './node_modules/.prisma/client/index.js';

declare const prisma: PrismaClient;
const db = enhance(prisma);

export async function omitted() {
    const user = await db.user.findFirstOrThrow();
    // @ts-expect-error omitted by default
    console.log(user.password);
    const email: string = user.email;
    const withPosts = await db.user.findFirstOrThrow({ include: { posts: true } });
    // @ts-expect-error omitted in nested results too
    console.log(withPosts.posts[0]!.secret);
    // @ts-expect-error and in write results
    console.log((await db.user.create({ data: { email: 'e', password: 'p' } })).password);
    await db.$transaction(async (tx) => {
        // @ts-expect-error and in an interactive transaction
        console.log((await tx.user.findFirstOrThrow()).password);
    });
    // the plain client still has it
    const raw: string = (await prisma.user.findFirstOrThrow()).password;
    return [email, raw];
}

export async function askedFor() {
    const unOmitted: string = (await db.user.findFirstOrThrow({ omit: { password: false } })).password;
    const selected: string = (await db.user.findFirstOrThrow({ select: { password: true } })).password;
    const nested = await db.user.findFirstOrThrow({ include: { posts: { omit: { secret: false } } } });
    const secret: string = nested.posts[0]!.secret;
    return [unOmitted, selected, secret];
}
`;

describe.skipIf(skipTypeTestsOnPrisma7)('@omit in the client types', () => {
    let projectDir: string;

    beforeAll(async () => {
        const loaded = await loadSchema(SCHEMA, { provider: 'sqlite', generateTypes: true });
        projectDir = loaded.projectDir;
        await loaded.prisma.$disconnect();
    });

    it('leave @omit fields out of enhance() results unless selected or un-omitted', () => {
        expect(typeCheck(projectDir, USAGE)).toBe('');
    });
});

const DELEGATE_SCHEMA = `
model Content {
    id     Int    @id @default(autoincrement())
    secret String @omit
    type   String

    @@delegate(type)
}

model Post extends Content {
    title     String
    draftNote String @omit
}

model Video extends Content {
    duration Int
}

model Note {
    id   Int    @id
    kind String

    @@delegate(kind)
}

model Memo extends Note {
    body String @omit
}
`;

const DELEGATE_USAGE = `
import '@zenstackhq/runtime/models';
import { enhance } from '@zenstackhq/runtime';
import type { PrismaClient } from './node_modules/.prisma/client/index.js';

declare const prisma: PrismaClient;
const db = enhance(prisma);

export async function inherited() {
    const post = await db.post.findFirstOrThrow();
    // @ts-expect-error inherited from the base, omitted on the sub model
    console.log(post.secret);
    const content = await db.content.findFirstOrThrow();
    // @ts-expect-error omitted on the base
    console.log(content.secret);
    // still a union discriminated by the discriminator
    if (content.type === 'Post') {
        console.log(content.title.toUpperCase());
        // @ts-expect-error a sub model's own @omit field is left out of base reads too
        console.log(content.draftNote);
    }
    const memo = await db.note.findFirstOrThrow();
    // @ts-expect-error also when the base has no @omit field of its own
    if (memo.kind === 'Memo') console.log(memo.body);
    const id: number = memo.id;
    const secret: string = (await db.video.findFirstOrThrow({ omit: { secret: false } })).secret;
    return [secret, id];
}
`;

describe.skipIf(skipTypeTestsOnPrisma7)('@omit in the polymorphic client types', () => {
    it('leave inherited @omit fields out and keep base reads discriminated unions', async () => {
        const loaded = await loadSchema(DELEGATE_SCHEMA, { provider: 'sqlite', generateTypes: true });
        await loaded.prisma.$disconnect();
        expect(typeCheck(loaded.projectDir, DELEGATE_USAGE)).toBe('');
    });
});
