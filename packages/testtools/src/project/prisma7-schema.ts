/** Datasource properties Prisma 7 no longer accepts in a schema (they moved to prisma.config.ts). */
const REMOVED_DATASOURCE_PROPERTIES = new Set(['url', 'directUrl', 'shadowDatabaseUrl']);

/**
 * The Prisma schema 6.19 reads, as Prisma 7 accepts it: the same, minus the datasource's URLs.
 * Tests connect through driver adapters, so the URLs were placeholders anyway.
 */
export function toPrisma7Schema(schema: string): string {
    let inDatasource = false;
    const kept = schema.split('\n').filter((line) => {
        if (/^\s*datasource\s+\w+\s*\{/.test(line)) inDatasource = true;
        else if (inDatasource && /^\s*\}/.test(line)) inDatasource = false;
        else if (inDatasource) {
            const property = /^\s*(\w+)\s*=/.exec(line)?.[1];
            if (property && REMOVED_DATASOURCE_PROPERTIES.has(property)) return false;
        }
        return true;
    });
    return kept.join('\n');
}
