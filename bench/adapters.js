import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';

/** A driver adapter for a database URL (`file:` for SQLite), from the given adapter packages. */
export function createAdapter(provider, url, modules = { PrismaBetterSQLite3, PrismaPg }) {
    return provider === 'sqlite' ? new modules.PrismaBetterSQLite3({ url }) : new modules.PrismaPg({ connectionString: url });
}
