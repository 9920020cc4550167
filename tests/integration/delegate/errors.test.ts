import { loadSchema, testDbProviders, type AnyPrismaClient, type LoadedSchema } from '@zenstackhq/testtools';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HIERARCHY_SCHEMA } from './hierarchy-fixture.js';

describe.each(testDbProviders())('invalid writes to polymorphic models on %s', (provider) => {
    let loaded: LoadedSchema;
    let db: AnyPrismaClient;
    let userId: number;

    beforeEach(async () => {
        loaded = await loadSchema(HIERARCHY_SCHEMA, { provider });
        db = loaded.enhance(undefined, { kinds: ['delegate'] });
        userId = (await db.user.create({ data: { email: 'u@x.io' } })).id;
    });
    afterEach(() => loaded.prisma.$disconnect());

    it('rejects creating a base model, also nested', async () => {
        await expect(db.content.create({ data: { ownerId: userId } })).toBeRejectedWithCode('P2009');
        await expect(db.media.create({ data: { slug: 's', url: 'u' } })).rejects.toMatchObject({
            code: 'P2009',
            meta: { reason: 'CREATE_BASE_MODEL', modelName: 'Media' },
            message: expect.stringContaining('create one of its concrete models (Video, Image)'),
        });
        await expect(db.user.update({ where: { id: userId }, data: { contents: { create: { score: 1 } } } })).toBeRejectedWithCode('P2009');
        await expect(db.asset.upsert({ where: { slug: 'x' }, create: { slug: 'x' }, update: {} })).toBeRejectedWithCode('P2009');
    });

    it('rejects writing a discriminator', async () => {
        await expect(db.note.create({ data: { body: 'b', ownerId: userId, type: 'Note' } })).rejects.toMatchObject({
            code: 'P2009',
            meta: { reason: 'DISCRIMINATOR_NOT_WRITABLE' },
        });
        const note = await db.note.create({ data: { body: 'b', ownerId: userId } });
        await expect(db.note.update({ where: { id: note.id }, data: { type: 'Article' } })).rejects.toMatchObject({ meta: { reason: 'DISCRIMINATOR_NOT_WRITABLE' } });
        await expect(db.video.updateMany({ data: { mediaType: 'x' } })).rejects.toMatchObject({ meta: { reason: 'DISCRIMINATOR_NOT_WRITABLE' } });
        await expect(db.content.updateMany({ data: { type: 'Note' } })).rejects.toMatchObject({ meta: { reason: 'DISCRIMINATOR_NOT_WRITABLE' } });
    });

    it('rejects setting a delegate_aux field', async () => {
        await expect(db.note.create({ data: { body: 'b', ownerId: userId, delegate_aux_content: { create: {} } } })).rejects.toMatchObject({
            code: 'P2009',
            meta: { reason: 'AUX_FIELD_NOT_WRITABLE' },
        });
    });

    it('leaves nothing half-written when a write fails', async () => {
        await db.video.create({ data: { slug: 'taken', url: 'u', duration: 1 } });
        // the base row would be new, the unique slug makes the whole create fail
        await expect(db.image.create({ data: { slug: 'taken', url: 'u', width: 1, height: 1 } })).toBeRejectedWithCode('P2002');
        await expect(db.image.createMany({ data: [{ slug: 'fresh', url: 'u', width: 1, height: 1 }, { slug: 'taken', url: 'u', width: 1, height: 1 }] })).toBeRejectedWithCode('P2002');
        expect(await loaded.prisma.asset.count()).toBe(1);
        expect(await loaded.prisma.media.count()).toBe(1);
        expect(await loaded.prisma.image.count()).toBe(0);
        const video = await db.video.findFirstOrThrow();
        await db.image.create({ data: { slug: 'img', url: 'u', width: 1, height: 1 } });
        // the own part would succeed; the inherited unique slug fails: neither table changes
        await expect(db.video.updateMany({ data: { duration: 99, slug: 'img' } })).toBeRejectedWithCode('P2002');
        await expect(db.video.findUnique({ where: { id: video.id } })).resolves.toMatchObject({ duration: 1, slug: 'taken' });
    });
});
