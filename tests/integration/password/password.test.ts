import { compare, getRounds, getSalt } from 'bcryptjs';
import { loadSchema, testDbProviders, type AnyPrismaClient, type LoadedSchema } from '@zenstackhq/testtools';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SALT = '$2a$04$abcdefghijklmnopqrstuu';

const SCHEMA = `
model User {
    id       Int      @id @default(autoincrement())
    email    String   @unique
    password String   @password(saltLength: 4) @length(min: 8)
    pin      String?  @password(salt: "${SALT}")
    accounts Account[]
    @@allow('all', true)
}

model Account {
    id     Int    @id @default(autoincrement())
    secret String @password(saltLength: 5)
    user   User   @relation(fields: [userId], references: [id])
    userId Int
    @@allow('all', true)
}
`;

describe.each(testDbProviders())('@password on %s', (provider) => {
    let loaded: LoadedSchema;
    let db: AnyPrismaClient;

    beforeEach(async () => {
        loaded = await loadSchema(SCHEMA, { provider });
        db = loaded.enhance();
    });
    afterEach(() => loaded.prisma.$disconnect());

    const stored = (id: number) => loaded.prisma.user.findUniqueOrThrow({ where: { id } });

    it('stores a bcrypt hash on create, with the salt length given', async () => {
        const user = await db.user.create({ data: { email: 'a@b.io', password: 'correct horse' } });
        const { password } = await stored(user.id);
        expect(password).not.toBe('correct horse');
        expect(await compare('correct horse', password)).toBe(true);
        expect(getRounds(password)).toBe(4);
    });

    it('hashes with the fixed salt given', async () => {
        const user = await db.user.create({ data: { email: 'a@b.io', password: 'correct horse', pin: '1234' } });
        const { pin } = await stored(user.id);
        expect(getSalt(pin!)).toBe(SALT);
        expect(await compare('1234', pin!)).toBe(true);
    });

    it('hashes on update, plain and with set', async () => {
        const user = await db.user.create({ data: { email: 'a@b.io', password: 'correct horse' } });
        await db.user.update({ where: { id: user.id }, data: { password: 'battery staple' } });
        expect(await compare('battery staple', (await stored(user.id)).password)).toBe(true);
        await db.user.update({ where: { id: user.id }, data: { password: { set: 'another secret' } } });
        expect(await compare('another secret', (await stored(user.id)).password)).toBe(true);
        await db.user.updateMany({ where: { id: user.id }, data: { password: 'many secret' } });
        expect(await compare('many secret', (await stored(user.id)).password)).toBe(true);
    });

    it('hashes in createMany, upsert and nested writes', async () => {
        await db.user.createMany({ data: [{ email: 'm@b.io', password: 'many password' }] });
        expect(await compare('many password', (await loaded.prisma.user.findUniqueOrThrow({ where: { email: 'm@b.io' } })).password)).toBe(true);
        const user = await db.user.upsert({ where: { id: 999 }, create: { email: 'u@b.io', password: 'upsert password', accounts: { create: { secret: 's1' } } }, update: {} });
        expect(await compare('upsert password', (await stored(user.id)).password)).toBe(true);
        await db.user.update({ where: { id: user.id }, data: { accounts: { create: [{ secret: 's2' }], updateMany: { where: { secret: { not: '' } }, data: { secret: 's3' } } } } });
        const accounts = await loaded.prisma.account.findMany();
        expect(accounts).toHaveLength(2);
        for (const account of accounts) {
            expect(await compare('s3', account.secret)).toBe(true);
            expect(getRounds(account.secret)).toBe(5);
        }
    });

    it('is validated as plain text before it is hashed', async () => {
        const error = await db.user.create({ data: { email: 'a@b.io', password: 'short' } }).catch((e: unknown) => e);
        expect(error).toMatchObject({ code: 'P2004', meta: { reason: 'DATA_VALIDATION_VIOLATION' } });
        // a 60-character hash would pass @length(min: 8) if it were checked after hashing
        expect(await loaded.prisma.user.count()).toBe(0);
    });

    it('leaves passwords as given when the password kind is not selected', async () => {
        const plain = loaded.enhance(undefined, { kinds: ['policy'] });
        const user = await plain.user.create({ data: { email: 'a@b.io', password: 'not hashed' } });
        expect((await stored(user.id)).password).toBe('not hashed');
    });
});
