import { describe, expect, it } from 'vitest';
import { renderZodModule } from '../../../src/generators/zod/render-zod-module.js';
import { compileText, SQLITE_DATASOURCE } from '../../helpers/compile-text.js';
import { loadZodModule } from './load-zod-module.js';

describe('zod generator', () => {
    it('renders each field as a zod schema with its rules, transforms first', async () => {
        const { js } = renderZodModule(
            await compileText(`${SQLITE_DATASOURCE}
model User {
    id    Int     @id @default(autoincrement())
    email String  @email('bad email') @trim @lower
    age   Int?    @gt(0) @lte(150, 'too old')
    @@validate(age == null || age > 17, 'adults only', ['age'])
}`),
        );
        expect(js.slice(js.indexOf('const $UserFields'), js.indexOf('const models'))).toMatchInlineSnapshot(`
          "const $UserFields = {
              id: z.number().int(),
              email: z.string().trim().toLowerCase().check(z.email({ error: "bad email" })),
              age: z.number().int().gt(0).lte(150, { error: "too old" }).nullish(),
          };
          const $UserRules = $rules([
              { fields: ["age"], check: (v) => ($eq(v["age"], null) || $cmp(v["age"], ">", 17)), message: "adults only", path: ["age"] },
          ]);
          const UserSchema = z.object($UserFields).superRefine($UserRules);
          const UserCreateSchema = z.object({
              id: z.number().int().optional(),
              email: z.string().trim().toLowerCase().check(z.email({ error: "bad email" })),
              age: z.number().int().gt(0).lte(150, { error: "too old" }).nullish(),
          }).superRefine($UserRules);
          const UserUpdateSchema = z.object($UserFields).partial().superRefine($UserRules);
          "
        `);
    });

    it('checks every string attribute', async () => {
        const zod = await loadZodModule(`
model User {
    id    Int     @id
    email String? @email
    site  String? @url
    born  String? @datetime
    code  String? @regex('^[A-Z]+$') @length(2, 4)
    tag   String? @startsWith('#') @endsWith('!') @contains('x')
}`);
        const ok = (data: object) => zod.UserUpdateSchema.safeParse(data).success;
        expect(ok({ email: 'a@b.io', site: 'https://x.io', born: '2024-01-02T03:04:05+01:00', code: 'ABC', tag: '#x!' })).toBe(true);
        for (const bad of [{ email: 'a' }, { site: 'x' }, { born: '2024-01-02' }, { code: 'abc' }, { code: 'A' }, { code: 'ABCDE' }, { tag: 'x!' }, { tag: '#x' }, { tag: '#!' }]) {
            expect(ok(bad), JSON.stringify(bad)).toBe(false);
        }
    });

    it('transforms with @trim, @lower and @upper before checking', async () => {
        const zod = await loadZodModule(`
model User {
    id    Int    @id
    email String @email @trim @lower
    code  String @upper @length(max: 3) @trim
}`);
        expect(zod.UserCreateSchema.parse({ id: 1, email: '  A@B.IO ', code: ' ab ' })).toEqual({ id: 1, email: 'a@b.io', code: 'AB' });
    });

    it('compares Int, Float, BigInt and Decimal fields with their bounds', async () => {
        const zod = await loadZodModule(`
model Item {
    id    Int      @id
    n     Int?     @gt(0) @lt(10)
    f     Float?   @gte(0.5) @lte(1.5)
    big   BigInt?  @gt(5)
    price Decimal? @gte(1, 'too cheap')
}`);
        const ok = (data: object) => zod.ItemUpdateSchema.safeParse(data).success;
        expect(ok({ n: 5, f: 0.5, big: 6n, price: '1.00' })).toBe(true);
        expect(ok({ big: 6 })).toBe(true);
        for (const bad of [{ n: 0 }, { n: 10 }, { n: 1.5 }, { f: 0.4 }, { f: 1.6 }, { big: 5n }, { price: 0.5 }, { price: 'abc' }]) {
            expect(ok(bad), JSON.stringify(bad, (_, v) => (typeof v === 'bigint' ? `${v}n` : v))).toBe(false);
        }
        expect(zod.ItemUpdateSchema.safeParse({ price: 0 }).error.issues[0].message).toBe('too cheap');
    });

    it('makes create fields with defaults, foreign keys, lists, @updatedAt and discriminators optional', async () => {
        const zod = await loadZodModule(`
model User {
    id    Int    @id @default(autoincrement())
    contents Content[]
}
model Content {
    id        Int      @id @default(autoincrement())
    type      String
    updatedAt DateTime @updatedAt
    owner     User     @relation(fields: [ownerId], references: [id])
    ownerId   Int
    @@delegate(type)
}
model Post extends Content {
    title String
}`);
        expect(zod.PostCreateSchema.safeParse({ title: 'T' }).success).toBe(true);
        expect(zod.PostCreateSchema.safeParse({}).success).toBe(false);
        expect(zod.PostSchema.safeParse({ title: 'T' }).success).toBe(false);
        expect(Object.keys(zod.PostSchema.shape)).toEqual(['id', 'type', 'updatedAt', 'ownerId', 'title']);
    });

    it('validates typed JSON against its type: nested, optional, lists, enums, dates as Date or ISO string', async () => {
        const zod = await loadZodModule(`
enum Kind { A B }
type Tag { name String @length(1) }
type Profile {
    age   Int       @gt(0)
    kind  Kind
    since DateTime?
    main  Tag?
    tags  Tag[]
}
model User {
    id      Int     @id
    profile Profile @json
}`);
        const ok = (profile: unknown) => zod.UserUpdateSchema.safeParse({ profile }).success;
        expect(ok({ age: 1, kind: 'A', since: new Date(), tags: [] })).toBe(true);
        expect(ok({ age: 1, kind: 'A', since: '2024-01-01T00:00:00.000Z', main: null, tags: [{ name: 'x' }], extra: true })).toBe(true);
        expect(zod.UserUpdateSchema.safeParse({ profile: { age: 0, kind: 'C', since: 'soon', main: { name: '' }, tags: [{}] } }).error.issues.map((i: { path: unknown[] }) => i.path.join('.'))).toEqual([
            'profile.age',
            'profile.kind',
            'profile.since',
            'profile.main.name',
            'profile.tags.0.name',
        ]);
    });

    it('checks a @@validate rule only when the data has all of its fields', async () => {
        const zod = await loadZodModule(`
model Range {
    id   Int       @id
    low  Int
    high Int
    at   DateTime?
    @@validate(low < high)
    @@validate(at == null || at < now(), 'in the past')
}`);
        expect(zod.RangeUpdateSchema.safeParse({ low: 5 }).success).toBe(true);
        expect(zod.RangeUpdateSchema.safeParse({ low: 5, high: 1 }).error.issues).toEqual([
            expect.objectContaining({ code: 'custom', path: [], message: 'Invalid input: must satisfy low < high' }),
        ]);
        expect(zod.RangeUpdateSchema.safeParse({ at: new Date(Date.now() + 60_000) }).success).toBe(false);
        expect(zod.RangeUpdateSchema.safeParse({ at: '2000-01-01T00:00:00Z' }).success).toBe(true);
        expect(zod.RangeUpdateSchema.safeParse({ at: null }).success).toBe(true);
    });

    it('declares the schemas for TypeScript', async () => {
        const { dts } = renderZodModule(await compileText(`${SQLITE_DATASOURCE}\nenum Role { A B }\nmodel User {\n    id Int @id\n    role Role?\n}`));
        expect(dts).toContain("import type { z } from '@zenstackhq/runtime/zod-lib';");
        expect(dts).toContain('export declare const UserSchema: z.ZodObject<{ id: z.ZodType<number>; role: z.ZodOptional<z.ZodType<$Role | null>>; }>;');
        expect(dts).toContain('export declare const UserUpdateSchema: z.ZodObject<{ id: z.ZodOptional<z.ZodType<number>>;');
    });
});
