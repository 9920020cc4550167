import { describe, expect, it } from 'vitest';
import { errorsOf, zmodel } from './language-test-utils.js';

// a model whose rule condition is the only thing that varies
function rule(condition: string): string {
    return zmodel`
        enum Role { USER ADMIN }
        model User {
            id        Int      @id
            name      String
            age       Int
            score     Float
            active    Boolean
            role      Role
            tags      String[]
            createdAt DateTime
            posts     Post[]
            profile   Profile?
            @@allow('read', ${condition})
        }
        model Post {
            id       Int     @id
            title    String
            public   Boolean
            author   User    @relation(fields: [authorId], references: [id])
            authorId Int
        }
        model Profile {
            id     Int  @id
            user   User @relation(fields: [userId], references: [id])
            userId Int  @unique
        }
    `;
}

// the rule sits on line 13, its condition starts at column 21
const AT = '13:';

describe('expression validation', () => {
    it.each([
        'active && age > 18 || !active',
        'age >= 18 && score < 1.5 && createdAt <= now()',
        'name == "x" && role != ADMIN && auth() == this && profile != null',
        'role in [USER, ADMIN] && name in ["a", "b"] && 3 in [1, 2, 3]',
        'posts?[public && title != ""] && posts![public] && posts^[title == name]',
        'auth().posts?[author == auth()]',
    ])('accepts %s', async (condition) => {
        expect(await errorsOf(rule(condition))).toEqual([]);
    });

    describe('boolean operators', () => {
        it('rejects a non-Boolean operand of && and ||', async () => {
            expect(await errorsOf(rule('name && active || age'))).toEqual([
                `${AT}21 operand of '&&' must be Boolean, got String [invalid-operand]`,
                `${AT}39 operand of '||' must be Boolean, got Int [invalid-operand]`,
            ]);
        });

        it('rejects a non-Boolean operand of !', async () => {
            expect(await errorsOf(rule('!name'))).toEqual([`${AT}22 operand of '!' must be Boolean, got String [invalid-operand]`]);
        });
    });

    describe('ordering', () => {
        it('rejects operands that are neither numbers nor dates', async () => {
            expect(await errorsOf(rule('name < "m"'))).toEqual([
                `${AT}21 operand of '<' must be a number or a DateTime, got String [invalid-operand]`,
                `${AT}28 operand of '<' must be a number or a DateTime, got String [invalid-operand]`,
            ]);
        });

        it('rejects comparing a number with a date', async () => {
            expect(await errorsOf(rule('createdAt > 3'))).toEqual([`${AT}21 cannot compare DateTime with Int using '>' [incomparable-operands]`]);
        });
    });

    describe('equality', () => {
        it('rejects comparing values of unrelated types', async () => {
            expect(await errorsOf(rule('age == "x"'))).toEqual([`${AT}21 cannot compare Int with String using '==' [incomparable-operands]`]);
        });

        it('rejects comparing an enum with a string', async () => {
            expect(await errorsOf(rule('role != "ADMIN"'))).toEqual([`${AT}21 cannot compare Role with String using '!=' [incomparable-operands]`]);
        });
    });

    describe('in', () => {
        it('rejects a right operand that is not a list', async () => {
            expect(await errorsOf(rule('name in "abc"'))).toEqual([`${AT}29 the right operand of 'in' must be a list, got String [invalid-operand]`]);
        });

        it('rejects a list of the wrong element type', async () => {
            expect(await errorsOf(rule('age in ["a", "b"]'))).toEqual([`${AT}21 cannot look for Int in String[] [incomparable-operands]`]);
        });

        it('rejects a list on the left', async () => {
            expect(await errorsOf(rule('tags in ["a"]'))).toEqual([`${AT}21 the left operand of 'in' must be a single value, got String[] [invalid-operand]`]);
        });
    });

    describe('collection predicates', () => {
        it('rejects a predicate over a to-one relation', async () => {
            expect(await errorsOf(rule('profile?[userId == id]'))).toEqual([`${AT}21 '?[...]' needs a to-many relation on its left, got Profile [invalid-collection]`]);
        });

        it('rejects a predicate over a scalar list', async () => {
            expect(await errorsOf(rule('tags![true]'))).toEqual([`${AT}21 '![...]' needs a to-many relation on its left, got String[] [invalid-collection]`]);
        });

        it('rejects a condition that is not Boolean', async () => {
            expect(await errorsOf(rule('posts^[title]'))).toEqual([`${AT}28 condition of '^[...]' must be Boolean, got String [invalid-operand]`]);
        });
    });
});
