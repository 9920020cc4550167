import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';

/** A PrismaClient on a loaded schema's database that counts the SQL statements it sends. */
export function countingClient(loaded) {
    const adapter = loaded.provider === 'sqlite' ? new PrismaBetterSQLite3({ url: loaded.dbUrl }) : new PrismaPg({ connectionString: loaded.dbUrl });
    const PrismaClient = loaded.prisma.constructor;
    const prisma = new PrismaClient({ adapter, log: [{ level: 'query', emit: 'event' }] });
    let statements = 0;
    prisma.$on('query', () => statements++);
    return {
        prisma,
        /** how many statements one call of `fn` sends */
        async statementsOf(fn) {
            const before = statements;
            await fn();
            return statements - before;
        },
    };
}
