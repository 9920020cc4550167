import { describe, expect, it } from 'vitest';
import { errorsOf, zmodel } from './language-test-utils.js';

describe('validation attributes', () => {
    it('accepts every field attribute with and without messages, and rules over own fields', async () => {
        const errors = await errorsOf(zmodel`
            enum Role { ADMIN USER }
            type Address { city String @length(2) @trim }
            model User {
                id      Int       @id
                email   String    @email('bad') @trim @lower
                site    String?   @url @startsWith('https') @endsWith('/') @contains('.')
                born    String?   @datetime('not a date')
                handle  String    @regex('^[a-z]+$', 'lowercase') @length(3, 12, 'length') @upper
                age     Int       @gt(0) @gte(-1, 'msg') @lt(200) @lte(150)
                score   Float     @gt(0.5)
                role    Role
                address Address?  @json
                start   DateTime
                end     DateTime?
                @@validate(end == null || end > start, 'order', ['end'])
                @@validate(length(handle, 3) && regex(email, '@') && email(email) && url(site) && datetime(born))
                @@validate(contains(handle, 'a', true) && startsWith(handle, 'a') && endsWith(handle, 'z'))
                @@validate(role != ADMIN || age >= 21, path: ['age'])
                @@validate(address.city != 'X' && start < now())
            }
        `);
        expect(errors).toEqual([]);
    });

    it('rejects relation fields in @@validate, directly, through a member or in a collection predicate', async () => {
        const errors = await errorsOf(zmodel`
            model User {
                id    Int    @id
                age   Int
                posts Post[]
                @@validate(posts?[title == 'x'])
            }
            model Post {
                id     Int    @id
                title  String
                user   User   @relation(fields: [userId], references: [id])
                userId Int
                @@validate(user.age > 0)
            }
        `);
        expect(errors).toEqual([
            "5:16 relation field 'posts' cannot be used in @@validate: a rule can only read the model's own fields [relation-in-validation-rule]",
            "12:16 relation field 'user' cannot be used in @@validate: a rule can only read the model's own fields [relation-in-validation-rule]",
        ]);
    });

    it('rejects auth(), future() and non-Boolean conditions in @@validate', async () => {
        const errors = await errorsOf(zmodel`
            model User {
                id  Int @id
                age Int
                @@validate(auth() != null)
                @@validate(future().age > 1)
                @@validate(age)
            }
        `);
        expect(errors).toEqual([
            "4:16 function 'auth' cannot be used in validation rules; it is only allowed in @default, access policies [function-context]",
            "5:16 function 'future' cannot be used in validation rules; it is only allowed in access policies [function-context]",
            "6:16 invalid argument 'value' of '@@validate': expected Boolean, got Int [invalid-argument]",
        ]);
    });

    it('rejects a bad regex, unordered @length bounds and a non-number bound', async () => {
        const errors = await errorsOf(zmodel`
            model User {
                id   Int    @id
                name String @regex('[')
                nick String @length(5, 2)
                age  Int    @gt('x')
            }
        `);
        expect(errors).toEqual([
            "3:24 invalid regular expression in @regex: Invalid regular expression: /[/: Unterminated character class [invalid-regex]",
            '4:28 the minimum length of @length (5) is greater than its maximum (2) [invalid-length-bounds]',
            '5:21 the bound of @gt must be a number literal [invalid-argument]',
        ]);
    });

    it('rejects string rules on fields of other types', async () => {
        const errors = await errorsOf(zmodel`
            model User {
                id  Int @id @email
                age Int @length(2)
            }
        `);
        expect(errors).toHaveLength(2);
    });
});
