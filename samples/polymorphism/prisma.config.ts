import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';

// Prisma 6.19's wasm schema engine leaves 10-60 s timers armed after a command has finished;
// unref them so `prisma db push` / `migrate` exit as soon as they are done.
const originalSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = ((fn: (...args: unknown[]) => void, ms?: number, ...rest: unknown[]) => {
    const timer = originalSetTimeout(fn, ms, ...rest);
    if ((ms ?? 0) >= 10_000) timer.unref?.();
    return timer;
}) as typeof setTimeout;

// Prisma CLI commands run through the driver adapter with the engine-free ('js') engine.
export default defineConfig({
    schema: 'prisma/schema.prisma',
    engine: 'js',
    experimental: { adapter: true },
    async adapter() {
        return new PrismaBetterSQLite3({ url: 'file:./prisma/dev.db' });
    },
});
