import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { PRISMA_RESERVED_NAMES } from '../../src/language/validators/reserved-names.js';
import { errorsOf, zmodel } from './language-test-utils.js';

const require = createRequire(import.meta.url);
const engine = require('@prisma/prisma-schema-wasm') as { validate(params: string): void };

/** Whether Prisma's schema engine (the one `prisma generate` uses) accepts a model of this name. */
function prismaAcceptsModel(name: string): boolean {
    const schema = `datasource db {\n  provider = "sqlite"\n  url      = "file:./dev.db"\n}\n\nmodel ${name} {\n  id Int @id\n}\n`;
    try {
        engine.validate(JSON.stringify({ prismaSchema: [['schema.prisma', schema]], noColor: true }));
        return true;
    } catch {
        return false;
    }
}

describe('names Prisma reserves', () => {
    it('rejects a model or enum with one, at its name', async () => {
        expect(
            await errorsOf(zmodel`
                model PrismaClient {
                    id Int @id
                }
                enum class {
                    A
                }
            `),
        ).toEqual([
            "1:7 'PrismaClient' is reserved by Prisma and cannot name a model: rename it (@@map keeps the table name) [reserved-name]",
            "4:6 'class' is reserved by Prisma and cannot name an enum: rename it (@@map keeps the table name) [reserved-name]",
        ]);
    });

    it('leaves an abstract model alone: it never reaches Prisma', async () => {
        expect(
            await errorsOf(zmodel`
                abstract model async {
                    id Int @id
                }
                model Prisma extends async {
                    name String
                }
            `),
        ).toEqual([]);
    });

    it('are names Prisma’s schema engine rejects, unlike their near misses', () => {
        for (const name of PRISMA_RESERVED_NAMES) expect(prismaAcceptsModel(name), name).toBe(false);
        for (const name of ['Prisma', 'static', 'undefined', 'Async', 'Class', 'User']) expect(prismaAcceptsModel(name), name).toBe(true);
    });
});
