/** A PostgreSQL server and database as discrete connection fields (workaround C: never a connection string). */
export interface PgConnection {
    readonly host: string;
    readonly port: number;
    readonly user: string;
    readonly password: string;
    readonly database: string;
}

/** Splits a `postgresql://user:password@host:port/database` URL. */
export function parsePgUrl(url: string): PgConnection {
    const parsed = new URL(url);
    if (parsed.protocol !== 'postgresql:' && parsed.protocol !== 'postgres:') throw new Error(`not a PostgreSQL URL: ${url}`);
    return {
        host: parsed.hostname || '127.0.0.1',
        port: Number(parsed.port || 5432),
        user: decodeURIComponent(parsed.username || 'postgres'),
        password: decodeURIComponent(parsed.password),
        database: decodeURIComponent(parsed.pathname.slice(1)) || 'postgres',
    };
}

/** The URL of another database on the same server. */
export function toPgUrl(connection: PgConnection, database = connection.database): string {
    const auth = `${encodeURIComponent(connection.user)}:${encodeURIComponent(connection.password)}`;
    return `postgresql://${auth}@${connection.host}:${connection.port}/${encodeURIComponent(database)}`;
}

/** Double-quotes an identifier for SQL. */
export function quoteIdent(name: string): string {
    return `"${name.replace(/"/g, '""')}"`;
}
