import { loadSchema, testDbProviders, type AnyPrismaClient, type LoadedSchema } from '@zenstackhq/testtools';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validationFailure } from './validation-error.js';

const SCHEMA = `
enum Level { LOW HIGH }

model Event {
    id       Int       @id @default(autoincrement())
    name     String
    start    DateTime
    end      DateTime?
    min      Int       @default(0)
    max      Int       @default(10)
    email    String?
    website  String?
    stamp    String?
    level    Level     @default(LOW)

    @@validate(end == null || end > start, 'the event must end after it starts', ['end'])
    @@validate(min <= max)
    @@validate(length(name, 2, 20) && regex(name, '^[A-Z]'), 'bad name')
    @@validate(email == null || email(email), 'bad email', ['email'])
    @@validate(website == null || url(website), 'bad url')
    @@validate(stamp == null || datetime(stamp), 'bad stamp')
    @@validate(level != HIGH || max > 5, 'high events need room')
    @@allow('all', true)
}
`;

const start = new Date('2024-01-01T10:00:00Z');
const valid = { name: 'Party', start };

describe.each(testDbProviders())('@@validate on %s', (provider) => {
    let loaded: LoadedSchema;
    let db: AnyPrismaClient;

    beforeEach(async () => {
        loaded = await loadSchema(SCHEMA, { provider });
        db = loaded.enhance();
    });
    afterEach(() => loaded.prisma.$disconnect());

    it('accepts data every rule allows', async () => {
        await expect(
            db.event.create({
                data: { ...valid, end: '2024-01-01T12:00:00Z', email: 'a@b.io', website: 'https://x.io', stamp: '2024-01-01T00:00:00Z', level: 'HIGH' },
            }),
        ).resolves.toMatchObject({ name: 'Party' });
    });

    it('rejects a rule with its message, at its path', async () => {
        const failure = await validationFailure(db.event.create({ data: { ...valid, end: new Date('2023-12-31T00:00:00Z') } }));
        expect(failure.fields).toEqual({ end: ['the event must end after it starts'] });
    });

    it('compares fields with each other and with enum values', async () => {
        const failure = await validationFailure(db.event.create({ data: { ...valid, min: 5, max: 4 } }));
        expect(failure.fields['']).toEqual(['Invalid input: must satisfy min <= max']);
        await validationFailure(db.event.create({ data: { ...valid, level: 'HIGH', max: 5 } }));
    });

    it('calls length, regex, email, url and datetime', async () => {
        expect((await validationFailure(db.event.create({ data: { ...valid, name: 'party' } }))).fields['']).toEqual(['bad name']);
        expect((await validationFailure(db.event.create({ data: { ...valid, name: 'P' } }))).fields['']).toEqual(['bad name']);
        expect((await validationFailure(db.event.create({ data: { ...valid, email: 'x' } }))).fields).toEqual({ email: ['bad email'] });
        expect((await validationFailure(db.event.create({ data: { ...valid, website: 'x' } }))).fields['']).toEqual(['bad url']);
        expect((await validationFailure(db.event.create({ data: { ...valid, stamp: 'today' } }))).fields['']).toEqual(['bad stamp']);
    });

    it('checks a rule on update only when the data has all of its fields', async () => {
        const event = await db.event.create({ data: { ...valid, min: 1, max: 3 } });
        // `max` alone: min <= max is not checked against the stored min
        await expect(db.event.update({ where: { id: event.id }, data: { max: 0 } })).resolves.toMatchObject({ max: 0 });
        await validationFailure(db.event.update({ where: { id: event.id }, data: { min: 2, max: 1 } }));
        await validationFailure(db.event.update({ where: { id: event.id }, data: { end: new Date('2020-01-01T00:00:00Z'), start } }));
        expect(await loaded.prisma.event.findUnique({ where: { id: event.id } })).toMatchObject({ min: 1, max: 0, end: null });
    });

    it('rejects with nothing written', async () => {
        await validationFailure(db.event.create({ data: { ...valid, min: 9, max: 1 } }));
        expect(await loaded.prisma.event.count()).toBe(0);
    });
});

// scalar lists exist on PostgreSQL only
describe.skipIf(!testDbProviders().includes('postgresql'))('@@validate over lists on postgresql', () => {
    let loaded: LoadedSchema;

    beforeEach(async () => {
        loaded = await loadSchema(
            `
            model Post {
                id   Int      @id @default(autoincrement())
                tags String[]
                @@validate(!has(tags, 'banned') && (isEmpty(tags) || hasSome(tags, ['a', 'b'])) && !hasEvery(tags, ['a', 'b']), 'bad tags', ['tags'])
                @@allow('all', true)
            }
            `,
            { provider: 'postgresql' },
        );
    });
    afterEach(() => loaded.prisma.$disconnect());

    it('calls has, hasSome, hasEvery and isEmpty', async () => {
        const db = loaded.enhance();
        await expect(db.post.create({ data: { tags: [] } })).resolves.toBeTruthy();
        await expect(db.post.create({ data: { tags: ['a', 'c'] } })).resolves.toBeTruthy();
        for (const tags of [['a', 'banned'], ['c'], ['a', 'b']]) {
            expect((await validationFailure(db.post.create({ data: { tags } }))).fields).toEqual({ tags: ['bad tags'] });
        }
        const post = await db.post.create({ data: { tags: ['a'] } });
        await validationFailure(db.post.update({ where: { id: post.id }, data: { tags: { set: ['c'] } } }));
    });
});
