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
    const PrismaClient = loaded.prisma.constructor as new (options: object) => AnyPrismaClient;
    // the adapter must come from the client's Prisma major
    const prisma = new PrismaClient({ adapter: loaded.createAdapter(), log: [{ level: 'query', emit: 'event' }] });
    const statements: string[] = [];
    prisma.$on('query', (event: { query: string }) => statements.push(event.query));
    return { prisma, statements, reset: () => void statements.splice(0) };
}
