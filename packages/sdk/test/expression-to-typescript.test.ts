import { describe, expect, it } from 'vitest';
import { expressionToTypeScript, type Expression } from '../src/index.js';

const field = (name: string): Expression => ({ kind: 'field', name });
const auth: Expression = { kind: 'call', function: 'auth', args: [] };
const authId: Expression = { kind: 'member', operand: auth, member: 'id' };
const lit = (value: string | number | boolean): Expression => ({ kind: 'literal', value });

// `auth() == author || published && !deleted`
const rule: Expression = {
    kind: 'binary',
    operator: '||',
    left: { kind: 'binary', operator: '==', left: authId, right: field('authorId') },
    right: { kind: 'binary', operator: '&&', left: field('published'), right: { kind: 'unary', operator: '!', operand: field('deleted') } },
};

// runs rendered code against a row and a user, to check it means what the rule means
function evaluate(code: string, row: Record<string, unknown>, user?: Record<string, unknown>): unknown {
    return new Function('row', 'auth', `return ${code};`)(row, user);
}

describe('expressionToTypeScript', () => {
    it('renders comparisons, logic and auth() as TypeScript', () => {
        expect(expressionToTypeScript(rule)).toBe('auth?.id === authorId || published && !deleted');
    });

    it('qualifies fields through the field hook', () => {
        const code = expressionToTypeScript(rule, { field: (name) => `row.${name}` });
        expect(code).toBe('auth?.id === row.authorId || row.published && !row.deleted');
        expect(evaluate(code, { authorId: 1, published: false }, { id: 1 })).toBe(true);
        expect(evaluate(code, { authorId: 1, published: false })).toBe(false);
        expect(evaluate(code, { authorId: 1, published: true, deleted: false })).toBe(true);
    });

    it('keeps the parentheses the grouping needs', () => {
        const grouped: Expression = { kind: 'binary', operator: '&&', left: { kind: 'binary', operator: '||', left: field('a'), right: field('b') }, right: field('c') };
        expect(expressionToTypeScript(grouped)).toBe('(a || b) && c');
    });

    it('renders collection predicates with a variable per nesting level', () => {
        const expr: Expression = {
            kind: 'collection',
            operator: '?',
            collection: field('members'),
            predicate: {
                kind: 'collection',
                operator: '!',
                collection: field('roles'),
                predicate: { kind: 'binary', operator: '==', left: field('name'), right: { kind: 'enumValue', enum: 'Role', name: 'ADMIN' } },
            },
        };
        const code = expressionToTypeScript(expr, { field: (name, item) => `${item ?? 'row'}.${name}` });
        expect(code).toBe('(row.members ?? []).some((item) => (item.roles ?? []).every((item1) => item1.name === "ADMIN"))');
        expect(evaluate(code, { members: [{ roles: [{ name: 'ADMIN' }] }] })).toBe(true);
        expect(evaluate(code, { members: [{ roles: [{ name: 'ADMIN' }, { name: 'USER' }] }] })).toBe(false);
    });

    it('renders `in`, none-of predicates, literals and calls', () => {
        const inList: Expression = { kind: 'binary', operator: 'in', left: field('status'), right: { kind: 'array', items: [lit('a'), lit('b')] } };
        expect(expressionToTypeScript(inList)).toBe('["a", "b"].includes(status)');
        const none: Expression = { kind: 'collection', operator: '^', collection: field('tags'), predicate: field('hidden') };
        expect(expressionToTypeScript(none)).toBe('!(tags ?? []).some((item) => item.hidden)');
        expect(expressionToTypeScript({ kind: 'call', function: 'now', args: [] })).toBe('new Date()');
        expect(expressionToTypeScript({ kind: 'call', function: 'contains', args: [field('title'), lit('x')] }, { call: (name, args) => (name === 'contains' ? `${args[0]}.includes(${args[1]})` : undefined) })).toBe('title.includes("x")');
    });
});
