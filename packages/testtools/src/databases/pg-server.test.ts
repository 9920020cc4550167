import { describe, expect, it } from 'vitest';
import { parsePgUrl, quoteIdent, toPgUrl } from './pg-server.js';

describe('PostgreSQL connection fields', () => {
    it('splits a URL into discrete fields and back', () => {
        const connection = parsePgUrl('postgresql://post%40gres:p%3Ass@127.0.0.1:54329/postgres');
        expect(connection).toEqual({ host: '127.0.0.1', port: 54329, user: 'post@gres', password: 'p:ss', database: 'postgres' });
        expect(toPgUrl(connection, 'zt_x')).toBe('postgresql://post%40gres:p%3Ass@127.0.0.1:54329/zt_x');
    });

    it('defaults the port and database', () => {
        expect(parsePgUrl('postgres://u:p@db')).toMatchObject({ port: 5432, database: 'postgres' });
    });

    it('rejects other URLs', () => {
        expect(() => parsePgUrl('mysql://u:p@db/x')).toThrow(/not a PostgreSQL URL/);
    });

    it('quotes identifiers', () => {
        expect(quoteIdent('a"b')).toBe('"a""b"');
    });
});
