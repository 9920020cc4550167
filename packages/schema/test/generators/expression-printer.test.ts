import type { Expression } from '@zenstackhq/sdk';
import { describe, expect, it } from 'vitest';
import { printExpression } from '../../src/generators/prisma/expression-printer.js';

const field = (name: string): Expression => ({ kind: 'field', name });
const bin = (operator: '&&' | '||' | '==', left: Expression, right: Expression): Expression => ({ kind: 'binary', operator, left, right });

describe('expression printer', () => {
    it('prints index fields with their options and raw operator classes', () => {
        const expr: Expression = {
            kind: 'array',
            items: [
                { kind: 'field', name: 'title', args: [{ name: 'sort', value: { kind: 'enumValue', enum: 'SortOrder', name: 'Desc' } }] },
                { kind: 'field', name: 'tags', args: [{ name: 'ops', value: { kind: 'call', function: 'raw', args: [{ kind: 'literal', value: 'gin_trgm_ops' }] } }] },
            ],
        };
        expect(printExpression(expr)).toBe('[title(sort: Desc), tags(ops: raw("gin_trgm_ops"))]');
    });

    it('escapes strings whichever quotes the source used', () => {
        expect(printExpression({ kind: 'literal', value: 'say "hi"\\n\n' })).toBe('"say \\"hi\\"\\\\n\\n"');
    });

    it('keeps the parentheses precedence needs and drops the others', () => {
        const a = field('a');
        const b = field('b');
        const c = field('c');
        expect(printExpression(bin('&&', bin('||', a, b), c))).toBe('(a || b) && c');
        expect(printExpression(bin('||', bin('&&', a, b), c))).toBe('a && b || c');
        expect(printExpression(bin('||', a, bin('||', b, c)))).toBe('a || (b || c)');
        expect(printExpression({ kind: 'unary', operator: '!', operand: bin('==', a, b) })).toBe('!(a == b)');
        const auth: Expression = { kind: 'call', function: 'auth', args: [] };
        const members: Expression = {
            kind: 'collection',
            operator: '?',
            collection: { kind: 'member', operand: field('space'), member: 'members' },
            predicate: bin('==', field('user'), auth),
        };
        expect(printExpression(members)).toBe('space.members?[user == auth()]');
    });
});
