import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { AnyPrismaClient, LoadedSchema } from '@zenstackhq/testtools';

export interface CountingClient {
    readonly prisma: AnyPrismaClient;
    /** SQL statements the client has sent since the last reset */
    readonly statements: string[];
    reset(): void;
}

/**
 * A second PrismaClient on a loaded schema's database that records every SQL statement Prisma
 * sends, so tests can assert how many statements an operation costs.
 */
export function createCountingClient(loaded: LoadedSchema): CountingClient {
    const adapter = loaded.provider === 'sqlite' ? new PrismaBetterSQLite3({ url: loaded.dbUrl }) : new PrismaPg({ connectionString: loaded.dbUrl });
    const PrismaClient = loaded.prisma.constructor as new (options: object) => AnyPrismaClient;
    const prisma = new PrismaClient({ adapter, log: [{ level: 'query', emit: 'event' }] });
    const statements: string[] = [];
    prisma.$on('query', (event: { query: string }) => statements.push(event.query));
    return { prisma, statements, reset: () => void statements.splice(0) };
}
