import type { ModelMeta, TypeDefFieldInfo } from '@zenstackhq/sdk';
import { describe, expect, it } from 'vitest';
import { reviveJsonDates, typeDefHasDates } from './json-dates.js';

const field = (name: string, type: string, kind: TypeDefFieldInfo['kind'], isList = false): TypeDefFieldInfo => ({ name, type, kind, isList, isOptional: true, attributes: [] });
const typeDef = (name: string, fields: TypeDefFieldInfo[]) => ({ name, fields: Object.fromEntries(fields.map((f) => [f.name, f])) });

const meta: ModelMeta = {
    provider: 'sqlite',
    enums: {},
    models: {},
    typeDefs: {
        Event: typeDef('Event', [field('at', 'DateTime', 'scalar'), field('label', 'String', 'scalar'), field('history', 'DateTime', 'scalar', true)]),
        Calendar: typeDef('Calendar', [field('events', 'Event', 'typeDef', true), field('next', 'Event', 'typeDef')]),
        Tag: typeDef('Tag', [field('name', 'String', 'scalar')]),
    },
};

describe('reviveJsonDates', () => {
    it('turns DateTime fields of nested types and lists into Dates', () => {
        const stored = { events: [{ at: '2024-01-02T03:04:05.000Z', label: 'x', history: ['2020-01-01T00:00:00.000Z'] }], next: null };
        expect(reviveJsonDates(meta, { type: 'Calendar', kind: 'typeDef', isList: false }, stored)).toEqual({
            events: [{ at: new Date('2024-01-02T03:04:05.000Z'), label: 'x', history: [new Date('2020-01-01T00:00:00.000Z')] }],
            next: null,
        });
        expect(stored.events[0]!.at).toBe('2024-01-02T03:04:05.000Z');
    });

    it('keeps what does not fit the type', () => {
        expect(reviveJsonDates(meta, { type: 'Event', kind: 'typeDef', isList: false }, { at: 'not a date', extra: '2024-01-01' })).toEqual({ at: 'not a date', extra: '2024-01-01' });
        expect(reviveJsonDates(meta, { type: 'Event', kind: 'typeDef', isList: false }, 'text')).toBe('text');
    });

    it('knows which types hold dates', () => {
        expect(typeDefHasDates(meta, 'Calendar')).toBe(true);
        expect(typeDefHasDates(meta, 'Tag')).toBe(false);
    });
});
