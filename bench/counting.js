/**
 * A PrismaClient of the class `PrismaClient` on `adapter` that counts the SQL statements it sends
 * (Prisma's query events, one per statement, BEGIN and COMMIT included).
 */
export function countingClient(PrismaClient, adapter) {
    const prisma = new PrismaClient({ adapter, errorFormat: 'minimal', log: [{ level: 'query', emit: 'event' }] });
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
