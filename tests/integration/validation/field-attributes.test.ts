import { loadSchema, testDbProviders, type AnyPrismaClient, type LoadedSchema } from '@zenstackhq/testtools';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validationFailure } from './validation-error.js';

const SCHEMA = `
model User {
    id       Int     @id @default(autoincrement())
    email    String  @unique @email('must be an email') @trim @lower
    website  String? @url
    birthday String? @datetime
    handle   String  @regex('^[a-z0-9_]+$') @length(3, 12, 'handle length')
    code     String? @startsWith('C-') @endsWith('!') @contains('x')
    nick     String? @trim @upper
    age      Int     @gt(0) @lte(150)
    score    Float?  @gte(0.5) @lt(10, 'too high')
    balance  BigInt? @gt(0)
    price    Decimal? @gte(1)

    @@allow('all', true)
}
`;

const valid = { email: 'a@b.io', handle: 'ann_1', age: 30 };

describe.each(testDbProviders())('field validation attributes on %s', (provider) => {
    let loaded: LoadedSchema;
    let db: AnyPrismaClient;

    beforeEach(async () => {
        loaded = await loadSchema(SCHEMA, { provider });
        db = loaded.enhance();
    });
    afterEach(() => loaded.prisma.$disconnect());

    it('accepts valid data', async () => {
        const user = await db.user.create({
            data: { ...valid, website: 'https://zenstack.dev', birthday: '2000-01-02T03:04:05Z', code: 'C-x!', score: 0.5, balance: 1n, price: 1 },
        });
        expect(user).toMatchObject({ email: 'a@b.io', handle: 'ann_1', code: 'C-x!' });
    });

    it('rejects each string rule with the field and the reason', async () => {
        const failure = await validationFailure(
            db.user.create({ data: { email: 'nope', website: 'not a url', birthday: 'yesterday', handle: 'Bad Handle!!!', code: 'D-y?', age: 30 } }),
        );
        expect(failure.fields.email).toEqual(['must be an email']);
        expect(Object.keys(failure.fields).sort()).toEqual(['birthday', 'code', 'email', 'handle', 'website']);
        expect(failure.fields.handle).toEqual([expect.stringContaining('pattern'), 'handle length']);
        expect(failure.fields.code).toHaveLength(3);
        expect(failure.message).toContain('email: must be an email');
    });

    it('checks @length bounds on both sides', async () => {
        await validationFailure(db.user.create({ data: { ...valid, handle: 'ab' } }));
        await validationFailure(db.user.create({ data: { ...valid, handle: 'a'.repeat(13) } }));
        await expect(db.user.create({ data: { ...valid, handle: 'a'.repeat(12) } })).resolves.toBeTruthy();
    });

    it('rejects numbers outside @gt, @gte, @lt and @lte, for Int, Float, BigInt and Decimal', async () => {
        expect((await validationFailure(db.user.create({ data: { ...valid, age: 0 } }))).fields).toHaveProperty('age');
        expect((await validationFailure(db.user.create({ data: { ...valid, age: 151 } }))).fields).toHaveProperty('age');
        expect((await validationFailure(db.user.create({ data: { ...valid, score: 0.4 } }))).fields).toHaveProperty('score');
        expect((await validationFailure(db.user.create({ data: { ...valid, score: 10 } }))).fields.score).toEqual(['too high']);
        expect((await validationFailure(db.user.create({ data: { ...valid, balance: 0n } }))).fields).toHaveProperty('balance');
        expect((await validationFailure(db.user.create({ data: { ...valid, price: '0.5' } }))).fields).toHaveProperty('price');
        await expect(db.user.create({ data: { ...valid, age: 150, price: new (loaded.prismaModule.Decimal as new (value: string) => unknown)('1.5') } })).resolves.toBeTruthy();
    });

    it('stores the value @trim, @lower and @upper make, and validates that value', async () => {
        const user = await db.user.create({ data: { ...valid, email: '  Ann@Example.COM ', nick: '  bob ' } });
        expect(user).toMatchObject({ email: 'ann@example.com', nick: 'BOB' });
        const updated = await db.user.update({ where: { id: user.id }, data: { nick: { set: ' carl' } } });
        expect(updated.nick).toBe('CARL');
        expect(await loaded.prisma.user.findUnique({ where: { id: user.id } })).toMatchObject({ email: 'ann@example.com', nick: 'CARL' });
    });

    it('validates only the fields an update sets', async () => {
        const user = await db.user.create({ data: valid });
        await expect(db.user.update({ where: { id: user.id }, data: { age: 31 } })).resolves.toMatchObject({ age: 31 });
        const failure = await validationFailure(db.user.update({ where: { id: user.id }, data: { age: -1 } }));
        expect(Object.keys(failure.fields)).toEqual(['age']);
        // operators whose result depends on the row are left to the database
        await expect(db.user.update({ where: { id: user.id }, data: { age: { increment: 1 } } })).resolves.toMatchObject({ age: 32 });
    });

    it('checks updateMany, createMany and upsert data too, and writes nothing when it fails', async () => {
        const user = await db.user.create({ data: valid });
        await validationFailure(db.user.updateMany({ where: {}, data: { email: 'x' } }));
        await validationFailure(db.user.createMany({ data: [{ ...valid, email: 'c@d.io' }, { ...valid, email: 'bad' }] }));
        await validationFailure(db.user.upsert({ where: { id: user.id }, create: valid, update: { age: 0 } }));
        await validationFailure(db.user.upsert({ where: { id: 999 }, create: { ...valid, age: 0 }, update: {} }));
        expect(await loaded.prisma.user.findMany()).toEqual([expect.objectContaining({ id: user.id, email: 'a@b.io', age: 30 })]);
    });

    it('validates inside batch and interactive transactions', async () => {
        await validationFailure(db.$transaction([db.user.create({ data: valid }), db.user.create({ data: { ...valid, email: 'bad' } })]));
        await validationFailure(
            db.$transaction(async (tx: AnyPrismaClient) => {
                await tx.user.create({ data: valid });
                await tx.user.create({ data: { ...valid, email: 'x@y.io', age: 0 } });
            }),
        );
        expect(await loaded.prisma.user.count()).toBe(0);
    });

    it('does not change the arguments the caller passed', async () => {
        const data = { ...valid, email: ' X@Y.io ' };
        await db.user.create({ data });
        expect(data.email).toBe(' X@Y.io ');
    });

    it('is off when the validation kind is not selected', async () => {
        await expect(db.user.create({ data: valid })).resolves.toBeTruthy();
        const unvalidated = loaded.enhance(undefined, { kinds: ['policy'] });
        await expect(unvalidated.user.create({ data: { ...valid, email: 'not-an-email', age: -5 } })).resolves.toMatchObject({ age: -5 });
    });
});
