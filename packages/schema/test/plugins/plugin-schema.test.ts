import { getAttribute, getAttributeArgValue, getAttributeArgValues } from '@zenstackhq/sdk';
import { describe, expect, it } from 'vitest';
import { compileText, SQLITE_DATASOURCE } from '../helpers/compile-text.js';

describe('the schema plugins receive', () => {
    it('carries custom attribute declarations and their applications', async () => {
        const schema = await compileText(`${SQLITE_DATASOURCE}
            attribute @sensitive(_ level: Int, reason: String?)
            model User {
                id    Int    @id
                email String @sensitive(2, reason: 'contact')
            }
        `);
        expect(schema.attributeDecls).toEqual([
            {
                name: '@sensitive',
                params: [
                    { name: 'level', type: 'Int', array: false, optional: false, positional: true },
                    { name: 'reason', type: 'String', array: false, optional: true, positional: false },
                ],
            },
        ]);
        const applied = getAttribute(schema.models[0]!.fields[1]!, '@sensitive')!;
        expect(getAttributeArgValues(applied)).toEqual({ level: 2, reason: 'contact' });
    });

    it('binds unnamed arguments of built-in attributes to their parameters', async () => {
        const schema = await compileText(`${SQLITE_DATASOURCE}
            model User {
                id   Int    @id
                name String @length(3, 80)
                nick String @length(max: 20)
            }
        `);
        const [, name, nick] = schema.models[0]!.fields;
        expect(getAttribute(name!, '@length')!.args.map((a) => a.param)).toEqual(['min', 'max']);
        expect(getAttributeArgValue(getAttribute(name!, '@length')!, 'max')).toBe(80);
        expect(getAttributeArgValue(getAttribute(nick!, '@length')!, 'min')).toBeUndefined();
    });
});
