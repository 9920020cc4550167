import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['**/*.test.ts'],
        exclude: ['**/node_modules/**'],
        setupFiles: ['@zenstackhq/testtools/setup'],
        // one line per test, so a log shows the SQLite and the PostgreSQL run of each behaviour
        reporters: ['verbose'],
        testTimeout: 60_000,
        hookTimeout: 60_000,
    },
});
