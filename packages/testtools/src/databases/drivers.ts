import type { TestDbProvider } from '../load-schema-options.js';
import { postgresDriver } from './postgres-database.js';
import { sqliteDriver } from './sqlite-database.js';
import type { TestDatabaseDriver } from './test-database.js';

/** The driver for each provider. */
export const DATABASE_DRIVERS: Record<TestDbProvider, TestDatabaseDriver> = {
    sqlite: sqliteDriver,
    postgresql: postgresDriver,
};
