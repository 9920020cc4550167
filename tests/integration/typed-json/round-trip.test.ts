import { loadSchema, testDbProviders, type AnyPrismaClient, type LoadedSchema } from '@zenstackhq/testtools';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TYPED_JSON_SCHEMA } from './typed-json-fixture.js';

const birthday = new Date('1990-05-06T07:08:09.000Z');
const since = new Date('2020-01-02T00:00:00.000Z');
const profile = {
    age: 30,
    bio: 'hi',
    role: 'ADMIN',
    birthday,
    address: { city: 'Oslo', zip: null, since },
    tags: ['a', 'b'],
    addresses: [{ city: 'Rome', since }, { city: 'Lima' }],
};

describe.each(testDbProviders())('typed JSON on %s', (provider) => {
    let loaded: LoadedSchema;
    let db: AnyPrismaClient;

    beforeEach(async () => {
        loaded = await loadSchema(TYPED_JSON_SCHEMA, { provider });
        db = loaded.enhance();
    });
    afterEach(() => loaded.prisma.$disconnect());

    it('is stored as JSON, with dates as ISO strings', async () => {
        const user = await db.user.create({ data: { profile, history: [] } });
        const raw = await loaded.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
        expect(raw.profile.birthday).toBe('1990-05-06T07:08:09.000Z');
    });

    it('round-trips nested types, optional fields and lists, with DateTime fields as Dates', async () => {
        const created = await db.user.create({ data: { profile, history: [{ city: 'Bern', since }] } });
        expect(created.profile).toEqual(profile);
        expect(created.profile.birthday).toBeInstanceOf(Date);
        expect(created.history).toEqual([{ city: 'Bern', since }]);
        expect(created.extra).toBeNull();
        const read = await db.user.findUniqueOrThrow({ where: { id: created.id } });
        expect(read.profile).toEqual(profile);
        expect(read.profile.address.since).toBeInstanceOf(Date);
        expect(read.profile.addresses[0].since).toEqual(since);
        expect(read.profile.addresses[1]).toEqual({ city: 'Lima' });
        expect(read.history[0].since).toBeInstanceOf(Date);
    });

    it('revives dates in every read shape and in write results', async () => {
        const user = await db.user.create({ data: { profile, extra: { ...profile, age: 1 }, history: [], posts: { create: {} } } });
        expect((await db.user.findMany())[0].extra.birthday).toEqual(birthday);
        expect((await db.user.findFirstOrThrow({ select: { profile: true } })).profile.birthday).toEqual(birthday);
        const post = await db.post.findFirstOrThrow({ include: { owner: true } });
        expect(post.owner.profile.birthday).toEqual(birthday);
        const selected = await db.post.findFirstOrThrow({ select: { owner: { select: { history: true, extra: true } } } });
        expect(selected.owner.extra.address.since).toEqual(since);
        expect((await db.post.findFirst().owner()).profile.birthday).toEqual(birthday);
        const updated = await db.user.update({ where: { id: user.id }, data: { profile: { ...profile, birthday: since } } });
        expect(updated.profile.birthday).toEqual(since);
        const many = await db.user.createManyAndReturn({ data: [{ profile, history: [{ city: 'X', since }] }] });
        expect(many[0].history[0].since).toEqual(since);
    });
});
