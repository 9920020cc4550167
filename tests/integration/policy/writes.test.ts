import { loadSchema, testDbProviders, type AnyPrismaClient, type LoadedSchema } from '@zenstackhq/testtools';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BLOG_POLICY_SCHEMA } from './blog-policy-fixture.js';

describe.each(testDbProviders())('writing under access policies on %s', (provider) => {
    let loaded: LoadedSchema;
    let alice: { id: number };
    let bob: { id: number };
    let asAlice: AnyPrismaClient;
    let asBob: AnyPrismaClient;

    beforeEach(async () => {
        loaded = await loadSchema(BLOG_POLICY_SCHEMA, { provider });
        alice = await loaded.prisma.user.create({ data: { email: 'alice@x.io' } });
        bob = await loaded.prisma.user.create({ data: { email: 'bob@x.io' } });
        asAlice = loaded.enhance({ id: alice.id });
        asBob = loaded.enhance({ id: bob.id });
    });
    afterEach(() => loaded.prisma.$disconnect());

    it('creates with @default(auth().id) and checks the create rule against the new row', async () => {
        const post = await asAlice.post.create({ data: { title: 'mine' } });
        expect(post).toMatchObject({ title: 'mine', authorId: alice.id });
        await expect(asBob.post.create({ data: { title: 'for alice', authorId: alice.id } })).toBeRejectedByPolicy();
        await expect(asAlice.post.create({ data: { title: 'forbidden words' } })).rejects.toMatchObject({ code: 'P2004', meta: { reason: 'ACCESS_POLICY_VIOLATION' } });
        await loaded.prisma.user.update({ where: { id: alice.id }, data: { banned: true } });
        await expect(asAlice.post.create({ data: { title: 'while banned' } })).toBeRejectedByPolicy();
        // nothing of the rejected creates is left
        await expect(loaded.prisma.post.count()).resolves.toBe(1);
    });

    it('rejects a result the user cannot read, after the write', async () => {
        const user = await loaded.enhance().user.create({ data: { email: 'new@x.io' } }).catch((e: unknown) => e);
        expect(user).toMatchObject({ code: 'P2004', meta: { reason: 'RESULT_NOT_READABLE' } });
        await expect(loaded.prisma.user.count({ where: { email: 'new@x.io' } })).resolves.toBe(1);
    });

    it('updates only what the rules allow; a denied update is P2004, a missing row P2025', async () => {
        const post = await asAlice.post.create({ data: { title: 't', published: true } });
        await expect(asAlice.post.update({ where: { id: post.id }, data: { title: 't2' } })).resolves.toMatchObject({ title: 't2' });
        await expect(asBob.post.update({ where: { id: post.id }, data: { title: 'hacked' } })).toBeRejectedByPolicy();
        await expect(asBob.post.update({ where: { id: 9999 }, data: { title: 'x' } })).toBeNotFound();
        await expect(loaded.prisma.post.findUnique({ where: { id: post.id } })).resolves.toMatchObject({ title: 't2' });
    });

    it('checks future() rules against the updated row and rolls back', async () => {
        const post = await asAlice.post.create({ data: { title: 't' } });
        await expect(asAlice.post.update({ where: { id: post.id }, data: { authorId: bob.id } })).toBeRejectedByPolicy();
        await expect(loaded.prisma.post.findUnique({ where: { id: post.id } })).resolves.toMatchObject({ authorId: alice.id });
    });

    it('lets updateMany and deleteMany touch only allowed rows', async () => {
        await asAlice.post.create({ data: { title: 'a', published: true } });
        await asAlice.post.create({ data: { title: 'b', published: true } });
        await expect(asBob.post.updateMany({ data: { views: 5 } })).resolves.toEqual({ count: 0 });
        await expect(asAlice.post.updateMany({ data: { views: 5 } })).resolves.toEqual({ count: 2 });
        await expect(asBob.post.deleteMany({})).resolves.toEqual({ count: 0 });
        await expect(loaded.enhance({ id: bob.id, role: 'ADMIN' }).post.deleteMany({ where: { title: 'a' } })).resolves.toEqual({ count: 1 });
        await expect(loaded.prisma.post.count()).resolves.toBe(1);
    });

    it('deletes with the delete rule and returns the deleted row', async () => {
        const post = await asAlice.post.create({ data: { title: 'x' } });
        await expect(asBob.post.delete({ where: { id: post.id } })).toBeRejectedByPolicy();
        await expect(asAlice.post.delete({ where: { id: post.id } })).resolves.toMatchObject({ title: 'x' });
    });

    it('upserts through the create or the update rules', async () => {
        const created = await asAlice.post.upsert({ where: { id: 1000 }, create: { title: 'new' }, update: { title: 'never' } });
        expect(created).toMatchObject({ title: 'new', authorId: alice.id });
        await expect(asBob.post.upsert({ where: { id: created.id }, create: { title: 'x' }, update: { title: 'hacked' } })).toBeRejectedByPolicy();
    });

    it('rolls back everything in an interactive transaction of the enhanced client', async () => {
        await expect(
            asAlice.$transaction(async (tx: AnyPrismaClient) => {
                await tx.post.create({ data: { title: 'in tx' } });
                await tx.post.create({ data: { title: 'forbidden in tx' } });
            }),
        ).toBeRejectedByPolicy();
        await expect(loaded.prisma.post.count()).resolves.toBe(0);
    });
});
