import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { loadSchema, type LoadedSchema } from '@zenstackhq/testtools';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SCHEMA = `
enum Role { ADMIN USER }

type Address {
    city String @length(2)
}

model User {
    id      Int      @id @default(autoincrement())
    email   String   @unique @email @lower
    name    String?  @length(max: 5)
    role    Role     @default(USER)
    age     Int      @gte(18, 'adults only')
    address Address? @json
    posts   Post[]
    @@validate(role != ADMIN || age >= 21, 'admins are 21 or older', ['age'])
    @@allow('all', true)
}

model Post {
    id       Int    @id @default(autoincrement())
    title    String
    author   User   @relation(fields: [authorId], references: [id])
    authorId Int
    @@allow('all', true)
}
`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Generated = Record<string, any>;

describe('the generated zod schemas', () => {
    let loaded: LoadedSchema;
    let zod: Generated;

    beforeAll(async () => {
        loaded = await loadSchema(SCHEMA);
        // what `import { UserSchema } from '.zenstack/zod'` gives a project
        zod = createRequire(join(loaded.projectDir, 'package.json'))('.zenstack/zod') as Generated;
    });
    afterAll(() => loaded.prisma.$disconnect());

    it('has a schema per model with its scalar fields, and create and update variants', () => {
        expect(Object.keys(zod.UserSchema.shape)).toEqual(['id', 'email', 'name', 'role', 'age', 'address']);
        expect(zod.UserSchema.safeParse({ id: 1, email: 'A@B.io', name: null, role: 'USER', age: 30, address: null })).toEqual({
            success: true,
            data: { id: 1, email: 'a@b.io', name: null, role: 'USER', age: 30, address: null },
        });
        // create: id and role have defaults; update: everything may be left out
        expect(zod.UserCreateSchema.safeParse({ email: 'a@b.io', age: 18 }).success).toBe(true);
        expect(zod.UserCreateSchema.safeParse({ email: 'a@b.io' }).success).toBe(false);
        expect(zod.UserUpdateSchema.safeParse({}).success).toBe(true);
        // a foreign key may be set through the relation instead
        expect(zod.PostCreateSchema.safeParse({ title: 'T' }).success).toBe(true);
        expect(zod.PostSchema.safeParse({ id: 1, title: 'T' }).success).toBe(false);
    });

    it('carries field rules, messages and model rules', () => {
        const result = zod.UserUpdateSchema.safeParse({ email: 'nope', name: 'too long', age: 17 });
        expect(result.error.flatten().fieldErrors).toEqual({ email: [expect.any(String)], name: [expect.any(String)], age: ['adults only'] });
        expect(zod.UserUpdateSchema.safeParse({ role: 'ADMIN', age: 20 }).error.issues).toEqual([
            expect.objectContaining({ path: ['age'], message: 'admins are 21 or older' }),
        ]);
        expect(zod.RoleSchema.safeParse('OTHER').success).toBe(false);
    });

    it('has a schema per type, used by typed JSON fields', () => {
        expect(zod.AddressSchema.safeParse({ city: 'Oslo' }).success).toBe(true);
        expect(zod.UserUpdateSchema.safeParse({ address: { city: 'X' } }).error.issues[0].path).toEqual(['address', 'city']);
        expect(zod.typeDefs.Address).toBe(zod.AddressSchema);
        expect(zod.models.User.create).toBe(zod.UserCreateSchema);
    });

    it('is what enhance() validates with', () => {
        expect(loaded.zodSchemas.models.User.update).toBeDefined();
    });

    it('is importable as @zenstackhq/runtime/zod from the project', () => {
        const script = "const { UserCreateSchema } = require('@zenstackhq/runtime/zod'); console.log(JSON.stringify(UserCreateSchema.parse({ email: 'X@Y.io', age: 40 })));";
        const output = execFileSync(process.execPath, ['-e', script], { cwd: loaded.projectDir, encoding: 'utf8' });
        expect(JSON.parse(output)).toEqual({ email: 'x@y.io', age: 40 });
    });
});
