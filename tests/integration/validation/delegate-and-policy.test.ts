import { loadSchema, testDbProviders, type AnyPrismaClient, type LoadedSchema } from '@zenstackhq/testtools';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validationFailure } from './validation-error.js';

const SCHEMA = `
model User {
    id       Int       @id @default(autoincrement())
    contents Content[]
    @@allow('all', true)
}

model Content {
    id      Int    @id @default(autoincrement())
    owner   User   @relation(fields: [ownerId], references: [id])
    ownerId Int    @default(auth().id)
    title   String @length(min: 3) @trim
    rank    Int    @default(0)
    type    String

    @@delegate(type)
    @@validate(rank >= 0, 'rank must not be negative', ['rank'])
    @@allow('create,read,update', auth() != null)
}

model Post extends Content {
    body String @contains('!')
}
`;

describe.each(testDbProviders())('validation with polymorphic models and access policies on %s', (provider) => {
    let loaded: LoadedSchema;
    let db: AnyPrismaClient;
    let userId: number;

    beforeEach(async () => {
        loaded = await loadSchema(SCHEMA, { provider });
        userId = (await loaded.prisma.user.create({ data: {} })).id;
        db = loaded.enhance({ id: userId });
    });
    afterEach(() => loaded.prisma.$disconnect());

    it("applies the base's field attributes and rules to the concrete model's data", async () => {
        expect((await validationFailure(db.post.create({ data: { title: 'ab', body: 'hi!' } }))).fields).toEqual({ title: [expect.any(String)] });
        expect((await validationFailure(db.post.create({ data: { title: 'Title', body: 'hi', rank: -1 } }))).fields).toEqual({
            body: [expect.any(String)],
            rank: ['rank must not be negative'],
        });
        expect(await loaded.prisma.content.count()).toBe(0);
        const post = await db.post.create({ data: { title: '  Title  ', body: 'hi!' } });
        expect(post).toMatchObject({ title: 'Title', type: 'Post', ownerId: userId });
    });

    it('validates updates through the base and the concrete model', async () => {
        const post = await db.post.create({ data: { title: 'Title', body: 'hi!' } });
        await validationFailure(db.content.update({ where: { id: post.id }, data: { rank: -5 } }));
        await validationFailure(db.post.update({ where: { id: post.id }, data: { title: 'x', body: 'still!' } }));
        await expect(db.post.update({ where: { id: post.id }, data: { title: ' Better ' } })).resolves.toMatchObject({ title: 'Better' });
        expect(await loaded.prisma.post.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({ body: 'hi!' });
    });

    it('validates before access policies: invalid data is a validation error even for a denied user', async () => {
        const anonymous = loaded.enhance();
        const failure = await validationFailure(anonymous.post.create({ data: { title: 'ab', body: 'x!', ownerId: userId } }));
        expect(failure.fields).toHaveProperty('title');
        await expect(anonymous.post.create({ data: { title: 'Fine', body: 'x!', ownerId: userId } })).toBeRejectedByPolicy();
    });
});
