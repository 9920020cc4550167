import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isPrismaClientKnownRequestError, isEnhancedClient } from '@zenstackhq/runtime';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadSchema, type LoadedSchema } from './load-schema.js';
import { testDbProviders } from './test-providers.js';

const opened: LoadedSchema[] = [];
async function load(...args: Parameters<typeof loadSchema>): Promise<LoadedSchema> {
    const loaded = await loadSchema(...args);
    opened.push(loaded);
    return loaded;
}
afterAll(() => Promise.all(opened.map((l) => l.prisma.$disconnect())));

const USER_POST = `
model User {
    id    Int    @id @default(autoincrement())
    email String @unique
    posts Post[]
}

model Post {
    id       Int    @id @default(autoincrement())
    title    String
    author   User   @relation(fields: [authorId], references: [id])
    authorId Int
}
`;

describe.each(testDbProviders())('loadSchema on %s', (provider) => {
    it('loads a small schema cold, and the same schema again from the cache', async () => {
        // a unique comment makes the first load a cache miss
        const schema = `${USER_POST}\n// ${provider} ${Date.now()} ${Math.random()}\n`;
        const timed = async () => {
            const start = performance.now();
            const loaded = await load(schema, { provider });
            return { loaded, ms: Math.round(performance.now() - start) };
        };
        const cold = await timed();
        const warm = await timed();
        const warmAgain = await timed();
        console.log(`[timing] loadSchema ${provider}: cold ${cold.ms} ms, warm ${warm.ms} ms, ${warmAgain.ms} ms`);

        expect(warm.loaded.projectDir).toBe(cold.loaded.projectDir);
        expect(warm.ms).toBeLessThan(cold.ms);
        expect(warmAgain.ms).toBeLessThan(1000);
    });

    it('gives every call a fresh database', async () => {
        const first = await load(USER_POST, { provider });
        await first.prisma.user.create({ data: { email: 'a@x.io' } });
        const second = await load(USER_POST, { provider });
        expect(second.dbUrl).not.toBe(first.dbUrl);
        await expect(second.prisma.user.count()).resolves.toBe(0);
        await expect(first.prisma.user.count()).resolves.toBe(1);
    });

    it('returns the shape of v2 testtools', async () => {
        const loaded = await load(USER_POST, { provider });
        expect(Object.keys(loaded.modelMeta.models).sort()).toEqual(['Post', 'User']);
        expect(loaded.provider).toBe(provider);
        expect(existsSync(join(loaded.projectDir, 'node_modules', '.zenstack', 'model-meta.js'))).toBe(true);

        // no access rules in this schema: only the enhancements that don't deny by default
        const db = loaded.enhance({ id: 1 }, { kinds: ['delegate'] });
        expect(isEnhancedClient(db)).toBe(true);
        expect(isEnhancedClient(loaded.enhanceRaw(loaded.prisma, { user: { id: 1 } }))).toBe(true);
        expect(typeof loaded.prismaModule.PrismaClientKnownRequestError).toBe('function');

        await db.user.create({ data: { email: 'a@x.io' } });
        const error = await db.user.create({ data: { email: 'a@x.io' } }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(loaded.prismaModule.PrismaClientKnownRequestError);
        expect(isPrismaClientKnownRequestError(error, 'P2002')).toBe(true);
    });

    it('loads schemas spread over several files', async () => {
        const loaded = await load(
            `
            import './models/user'
            import './models/post'
            `,
            {
                provider,
                extraFiles: {
                    'models/user.zmodel': `import './post'\nmodel User {\n id Int @id\n posts Post[]\n}\n`,
                    'models/post.zmodel': `import './user'\nmodel Post {\n id Int @id\n author User @relation(fields: [authorId], references: [id])\n authorId Int\n}\n`,
                },
            },
        );
        await loaded.prisma.user.create({ data: { id: 1, posts: { create: { id: 7 } } } });
        await expect(loaded.prisma.post.findUnique({ where: { id: 7 } }).author()).resolves.toEqual({ id: 1 });
    });

    it('takes a complete schema without the prelude', async () => {
        const url = provider === 'sqlite' ? 'file:./own.db' : 'postgresql://postgres:postgres@127.0.0.1:54329/own';
        const loaded = await load(
            `
            datasource db {
                provider = "${provider}"
                url      = "${url}"
            }
            generator js {
                provider   = "prisma-client-js"
                engineType = "client"
                output     = "./node_modules/.prisma/client"
            }
            model Thing {
                id Int @id
            }
            `,
            { provider, addPrelude: false },
        );
        await expect(loaded.prisma.thing.create({ data: { id: 1 } })).resolves.toEqual({ id: 1 });
        expect(readFileSync(join(loaded.projectDir, 'schema.prisma'), 'utf8')).not.toContain('@core/enhancer');
    });

    it('can leave the database empty', async () => {
        const loaded = await load(USER_POST, { provider, pushDb: false });
        const error = await loaded.prisma.user.count().catch((e: unknown) => e);
        expect(isPrismaClientKnownRequestError(error, 'P2021')).toBe(true);
    });

    it('reports schema errors', async () => {
        await expect(load(`model User { id Int @id  author Nope }`, { provider })).rejects.toMatchObject({
            name: 'SchemaError',
        });
    });
});

describe.each(testDbProviders())('loadSchema with a Prisma 7 client on %s', (provider) => {
    it('generates the client with Prisma 7 on the tables of 6.19 DDL, in a project of its own', async () => {
        const loaded = await load(USER_POST, { provider, prismaMajor: 7 });
        const baseline = await load(USER_POST, { provider, prismaMajor: 6 });
        expect(loaded.prismaMajor).toBe(7);
        expect(loaded.prismaModule.prismaVersion?.client).toMatch(/^7\./);
        expect(baseline.prismaModule.prismaVersion?.client).toMatch(/^6\./);
        expect(loaded.projectDir).not.toBe(baseline.projectDir);

        const db = loaded.enhance({ id: 1 }, { kinds: ['delegate'] });
        await db.user.create({ data: { email: 'a@x.io', posts: { create: { title: 't' } } } });
        const error = await db.user.create({ data: { email: 'a@x.io' } }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(loaded.prismaModule.PrismaClientKnownRequestError);
        expect(isPrismaClientKnownRequestError(error, 'P2002')).toBe(true);
    });

    it('gives adapters of the same major for a second client', async () => {
        const loaded = await load(USER_POST, { provider, prismaMajor: 7 });
        await loaded.prisma.user.create({ data: { email: 'a@x.io' } });
        const PrismaClient = loaded.prisma.constructor as new (options: object) => LoadedSchema['prisma'];
        const second = new PrismaClient({ adapter: loaded.createAdapter() });
        try {
            await expect(second.user.count()).resolves.toBe(1);
        } finally {
            await second.$disconnect();
        }
    });
});

describe('loadSchema', () => {
    it('prints the SQL Prisma runs with logPrismaQuery', async () => {
        const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
        try {
            const loaded = await load(USER_POST, { logPrismaQuery: true });
            await loaded.prisma.user.findMany();
            expect(log.mock.calls.flat().join('\n')).toMatch(/SELECT .*FROM .*User/);
        } finally {
            log.mockRestore();
        }
    });

    it('creates the SQLite database at dbUrl when given', async () => {
        const file = join(tmpdir(), `zenstack-testtools-${process.pid}-${Date.now()}.db`);
        const loaded = await load(USER_POST, { provider: 'sqlite', dbUrl: `file:${file}` });
        await loaded.prisma.user.create({ data: { email: 'a@x.io' } });
        expect(loaded.dbUrl).toBe(`file:${file}`);
        expect(existsSync(file)).toBe(true);
        await loaded.prisma.$disconnect();
        rmSync(file);
    });

    it('rejects extra files outside the project', async () => {
        await expect(loadSchema('model A { id Int @id }', { extraFiles: { '../evil.zmodel': '' } })).rejects.toThrow(/relative path inside the project/);
    });

    it('builds one project when the same schema is loaded concurrently', async () => {
        const schema = `model Concurrent { id Int @id }\n// ${Date.now()} ${Math.random()}\n`;
        const loads = await Promise.all([load(schema), load(schema), load(schema)]);
        expect(new Set(loads.map((l) => l.projectDir)).size).toBe(1);
        expect(new Set(loads.map((l) => l.dbUrl)).size).toBe(3);
    });
});
