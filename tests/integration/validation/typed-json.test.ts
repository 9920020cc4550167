import { loadSchema, testDbProviders, type AnyPrismaClient, type LoadedSchema } from '@zenstackhq/testtools';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validationFailure } from './validation-error.js';

const SCHEMA = `
enum Kind { HOME WORK }

type Address {
    city String @length(2)
    kind Kind
}

type Profile {
    age       Int       @gt(0)
    bio       String    @trim
    since     DateTime?
    tags      String[]
    address   Address?
    addresses Address[]
}

model User {
    id       Int      @id @default(autoincrement())
    profile  Profile  @json
    extra    Profile? @json
    @@allow('all', true)
}
`;

const profile = { age: 30, bio: 'hi', tags: ['a'], addresses: [] };

describe.each(testDbProviders())('typed JSON validation on %s', (provider) => {
    let loaded: LoadedSchema;
    let db: AnyPrismaClient;

    beforeEach(async () => {
        loaded = await loadSchema(SCHEMA, { provider });
        db = loaded.enhance();
    });
    afterEach(() => loaded.prisma.$disconnect());

    it('accepts data of the type, with optional fields, nested types, lists, and dates as Date or ISO string', async () => {
        const since = new Date('2020-01-02T03:04:05.000Z');
        await expect(db.user.create({ data: { profile: { ...profile, since } } })).resolves.toBeTruthy();
        await expect(
            db.user.create({
                data: {
                    profile: { ...profile, since: '2020-01-02T03:04:05Z', address: { city: 'Paris', kind: 'HOME' }, addresses: [{ city: 'Oslo', kind: 'WORK' }] },
                    extra: null,
                },
            }),
        ).resolves.toBeTruthy();
        await expect(db.user.create({ data: { profile, extra: loaded.prismaModule.DbNull } })).resolves.toBeTruthy();
    });

    it('rejects a bad shape with the path of each problem, and writes nothing', async () => {
        const failure = await validationFailure(
            db.user.create({
                data: { profile: { age: 'old', tags: 'a', since: 'yesterday', address: { city: 'X', kind: 'OTHER' }, addresses: [{ city: 'Rome' }] } },
            }),
        );
        expect(Object.keys(failure.fields).sort()).toEqual([
            'profile.address.city',
            'profile.address.kind',
            'profile.addresses.0.kind',
            'profile.age',
            'profile.bio',
            'profile.since',
            'profile.tags',
        ]);
        await validationFailure(db.user.create({ data: { profile: 'not an object' } }));
        await validationFailure(db.user.create({ data: { profile: { ...profile, age: 0 } } }));
        expect(await loaded.prisma.user.count()).toBe(0);
    });

    it('validates the whole value an update sets', async () => {
        const user = await db.user.create({ data: { profile } });
        await validationFailure(db.user.update({ where: { id: user.id }, data: { profile: { age: 3 } } }));
        await validationFailure(db.user.update({ where: { id: user.id }, data: { extra: { ...profile, addresses: [{ city: 'A', kind: 'HOME' }] } } }));
        await validationFailure(db.user.updateMany({ where: {}, data: { extra: { ...profile, age: -1 } } }));
        expect((await loaded.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).extra).toBeNull();
        const updated = await db.user.update({ where: { id: user.id }, data: { extra: { ...profile, bio: '  trimmed  ' } } });
        expect(updated.extra.bio).toBe('trimmed');
    });

    it('keeps keys the type does not declare', async () => {
        const user = await db.user.create({ data: { profile: { ...profile, note: 'kept' } } });
        expect((await loaded.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).profile).toMatchObject({ note: 'kept' });
    });
});
