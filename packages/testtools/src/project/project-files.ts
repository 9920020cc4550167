/** The entry schema of a test project. */
export const MAIN_SCHEMA_FILE = 'schema.zmodel';
/** Next to the ZModel, so relative paths in the schema mean the same in both. */
export const PRISMA_SCHEMA_FILE = 'schema.prisma';
/** The DDL that creates the tables, kept for creating databases later. */
export const DDL_FILE = 'schema.sql';
