import { loadSchema } from '@zenstackhq/testtools';
import { beforeAll, describe, expect, it } from 'vitest';
import { skipTypeTestsOnPrisma7, typeCheck } from '../support/type-check.js';
import { HIERARCHY_SCHEMA } from './hierarchy-fixture.js';

// The polymorphic view of the client types, checked by the compiler: every `@ts-expect-error`
// line must fail to compile, and everything else must compile.
const USAGE = `
import type { Prisma, PrismaClient as LogicalClient } from '@zenstackhq/runtime/models';
import { enhance } from '@zenstackhq/runtime';
import type { PrismaClient } from './node_modules/.prisma/client/index.js';

declare const prisma: PrismaClient;
const db = enhance(prisma, { user: { id: 1 } });
const logical: LogicalClient = db;

export async function reads() {
    const assets = await db.asset.findMany({ include: { owner: true } });
    for (const asset of assets) {
        if (asset.kind === 'VIDEO_KIND') {
            const duration: number = asset.duration;
            const url: string = asset.url;
            console.log(duration, url, asset.owner?.email);
        } else {
            const width: number = asset.width;
            // @ts-expect-error an image has no duration
            console.log(width, asset.duration);
        }
        // @ts-expect-error not narrowed: width is only on images
        console.log(asset.width);
    }
    const content = await db.content.findFirstOrThrow();
    if (content.type === 'Article') console.log(content.title.toUpperCase());
    const video = await db.video.findFirstOrThrow();
    const kind: 'VIDEO_KIND' = video.kind;
    const views: number = video.viewCount;
    // relations a concrete model inherits read, filter, order and count as on the base
    const videos = await db.video.findMany({
        where: { owner: { email: { contains: '@' } }, comments: { some: {} } },
        orderBy: { owner: { email: 'asc' } },
        include: { owner: true, comments: true, _count: { select: { comments: true } } },
    });
    const email: string | undefined = videos[0]?.owner?.email;
    const commentCount: number | undefined = videos[0]?._count.comments;
    const firstComment = videos[0]?.comments[0];
    return [kind, views, logical, email, commentCount, firstComment];
}

export async function writes() {
    // @ts-expect-error a base has no create
    await db.asset.create({ data: { slug: 's' } });
    // @ts-expect-error nor createMany
    await db.content.createMany({ data: [] });
    // @ts-expect-error nor upsert
    await db.media.upsert({ where: { id: 1 }, create: {}, update: {} });
    // @ts-expect-error the discriminator is not writable
    await db.video.create({ data: { slug: 's', url: 'u', duration: 1, kind: 'VIDEO_KIND' } });
    // @ts-expect-error not even the intermediate one
    await db.video.update({ where: { id: 1 }, data: { mediaType: 'x' } });
    // @ts-expect-error delegate_aux_* fields are not there
    await db.video.findMany({ include: { delegate_aux_media: true } });
    // @ts-expect-error no nested create of a base
    await db.user.update({ where: { id: 1 }, data: { contents: { create: { score: 1 } } } });
    await db.video.create({ data: { slug: 's', url: 'u', duration: 1, viewCount: 3, owner: { connect: { id: 1 } } } });
    await db.article.update({ where: { id: 1 }, data: { published: true, title: 't' } });
    await db.asset.update({ where: { id: 1 }, data: { viewCount: { increment: 1 } } });
}

export const where: Prisma.VideoWhereInput = { viewCount: { gt: 1 }, url: { contains: 'x' }, duration: 3 };
export const articleWhere: Prisma.ArticleWhereInput = { published: true, title: 'x' };
export const orderBy: Prisma.VideoOrderByWithRelationInput = { viewCount: 'desc' };
export const create: Prisma.ArticleCreateInput = { title: 't', published: true, owner: { connect: { id: 1 } } };
// the checked input writes the inherited relation, not its key
export const withOwner: Prisma.VideoCreateInput = { slug: 's', url: 'u', duration: 1, owner: { create: { email: 'e' } }, comments: { create: [] } };
// @ts-expect-error the key belongs to the unchecked input
export const checkedKey: Prisma.VideoCreateInput = { slug: 's', url: 'u', duration: 1, ownerId: 1 };
export const uncheckedKey: Prisma.VideoUncheckedCreateInput = { slug: 's', url: 'u', duration: 1, ownerId: 1 };
// @ts-expect-error inputs have no discriminator
export const noDiscriminator: Prisma.ArticleUncheckedCreateInput = { title: 't', ownerId: 1, type: 'Article' };
// @ts-expect-error inputs have no delegate_aux_* fields
export const noAux: Prisma.VideoWhereInput = { delegate_aux_media: {} };
`;

describe.skipIf(skipTypeTestsOnPrisma7)('the polymorphic client types', () => {
    let projectDir: string;

    beforeAll(async () => {
        const loaded = await loadSchema(HIERARCHY_SCHEMA, { provider: 'sqlite', generateTypes: true });
        projectDir = loaded.projectDir;
        await loaded.prisma.$disconnect();
    });

    it('compile under tsc --strict, and reject what must not compile', () => {
        expect(typeCheck(projectDir, USAGE)).toBe('');
    });

    it('fail to compile a read of a sub model field without narrowing', () => {
        const output = typeCheck(projectDir, `${USAGE}\nexport async function bad() { const a = await db.asset.findFirstOrThrow(); return a.duration; }\n`);
        expect(output).toMatch(/error TS2339: Property 'duration' does not exist on type/);
    });
});
