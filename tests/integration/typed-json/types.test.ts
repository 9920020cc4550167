import { loadSchema } from '@zenstackhq/testtools';
import { beforeAll, describe, expect, it } from 'vitest';
import { skipTypeTestsOnPrisma7, typeCheck } from '../support/type-check.js';
import { POLYMORPHIC_TYPED_JSON_SCHEMA, TYPED_JSON_SCHEMA } from './typed-json-fixture.js';

// Typed JSON in the client types, checked by the compiler: every `@ts-expect-error` line must
// fail to compile, and everything else must compile.
const USAGE = `
import type { Prisma, Profile, Address } from '@zenstackhq/runtime/models';
import { enhance } from '@zenstackhq/runtime';
import type { PrismaClient } from './node_modules/.prisma/client/index.js';

declare const prisma: PrismaClient;
const db = enhance(prisma);

export async function reads() {
    const user = await db.user.findFirstOrThrow({ include: { posts: true } });
    const age: number = user.profile.age;
    const role: 'USER' | 'ADMIN' = user.profile.role;
    const birthday: Date = user.profile.birthday;
    const city: string | undefined = user.profile.address?.city;
    const zip: string | null | undefined = user.profile.address?.zip;
    const tags: string[] = user.profile.tags;
    const since: Date | null | undefined = user.history[0]?.since;
    // @ts-expect-error an optional typed field may be null
    const extraAge: number = user.extra.age;
    // @ts-expect-error no such field in the type
    console.log(user.profile.nickname);
    const post = await db.post.findFirstOrThrow({ include: { owner: true } });
    const ownerAge: number = post.owner.profile.age;
    const selected = await db.user.findFirstOrThrow({ select: { history: true } });
    const first: Address | undefined = selected.history[0];
    return [age, role, birthday, city, zip, tags, since, extraAge, ownerAge, first];
}

export async function writes(profile: Profile) {
    await db.user.create({ data: { profile, history: [{ city: 'x' }] } });
    await db.user.create({ data: { profile: { age: 1, bio: 'b', role: 'USER', birthday: new Date(), tags: [], addresses: [] }, history: [] } });
    // @ts-expect-error age must be a number
    await db.user.create({ data: { profile: { ...profile, age: 'old' }, history: [] } });
    // @ts-expect-error bio is required
    await db.user.create({ data: { profile: { age: 1, role: 'USER', birthday: new Date(), tags: [], addresses: [] }, history: [] } });
    // @ts-expect-error not a role
    await db.user.update({ where: { id: 1 }, data: { profile: { ...profile, role: 'ROOT' } } });
    // @ts-expect-error a list of addresses, not one
    await db.user.update({ where: { id: 1 }, data: { history: { city: 'x' } } });
    await db.user.update({ where: { id: 1 }, data: { extra: profile } });
}

export const create: Prisma.UserCreateInput = { profile: {} as Profile, history: [] };
// SQLite's JSON filters take a JSON path string
export const where: Prisma.UserWhereInput = { profile: { path: '$.age', equals: 3 } };
`;

describe.skipIf(skipTypeTestsOnPrisma7)('typed JSON client types', () => {
    let projectDir: string;

    beforeAll(async () => {
        const loaded = await loadSchema(TYPED_JSON_SCHEMA, { provider: 'sqlite', generateTypes: true });
        projectDir = loaded.projectDir;
        await loaded.prisma.$disconnect();
    });

    it('type the JSON as its type in results and inputs, under tsc --strict', () => {
        expect(typeCheck(projectDir, USAGE)).toBe('');
    });
});

const POLYMORPHIC_USAGE = `
import '@zenstackhq/runtime/models';
import { enhance } from '@zenstackhq/runtime';
import type { PrismaClient } from './node_modules/.prisma/client/index.js';

declare const prisma: PrismaClient;
const db = enhance(prisma);

export async function reads() {
    const content = await db.content.findFirstOrThrow();
    const at: Date = content.meta.publishedAt;
    if (content.type === 'Post') console.log(content.extra?.publishedAt.getTime());
    await db.post.create({ data: { meta: { publishedAt: new Date() } } });
    // @ts-expect-error publishedAt is a date
    await db.post.create({ data: { meta: { publishedAt: 1 } } });
    return at;
}
`;

describe.skipIf(skipTypeTestsOnPrisma7)('typed JSON in the polymorphic client types', () => {
    it('type inherited and sub model typed fields', async () => {
        const loaded = await loadSchema(POLYMORPHIC_TYPED_JSON_SCHEMA, { provider: 'sqlite', generateTypes: true });
        await loaded.prisma.$disconnect();
        expect(typeCheck(loaded.projectDir, POLYMORPHIC_USAGE)).toBe('');
    });
});
