import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { createTempProject, SQLITE_CONFIG } from '../helpers/temp-project.js';

const SCHEMA = `
datasource db {
    provider = "sqlite"
    url      = "file:./dev.db"
}

generator client {
    provider   = "prisma-client-js"
    engineType = "client"
    output     = "../node_modules/.prisma/client"
}

plugin enhancer {
    provider = '@core/enhancer'
}

abstract model Base {
    id        Int      @id @default(autoincrement())
    updatedAt DateTime @updatedAt
}

model User extends Base {
    email String @unique @email
    posts Post[]
    @@allow('all', true)
}

model Post extends Base {
    title    String
    author   User   @relation(fields: [authorId], references: [id])
    authorId Int
}
`;

describe('zenstack generate', () => {
    let project: string;
    let run: ReturnType<typeof runCli>;

    beforeAll(() => {
        project = createTempProject({ 'schema.zmodel': SCHEMA, 'prisma.config.ts': SQLITE_CONFIG });
        run = runCli(['generate'], project);
    });

    it('exits 0 and prints each step and a summary', () => {
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('• Validating the schema');
        expect(run.stdout).toContain('• Running prisma generate');
        expect(run.stdout).toMatch(/✔ Generated 2 models: prisma\/schema\.prisma, node_modules\/\.zenstack \(\d+ ms\)/);
    });

    it('writes a physical Prisma schema with inherited fields and no ZModel-only constructs', () => {
        const prisma = readFileSync(join(project, 'prisma/schema.prisma'), 'utf8');
        expect(prisma).toMatch(/model Post \{[^}]*updatedAt\s+DateTime\s+@updatedAt/);
        expect(prisma).not.toContain('abstract');
        expect(prisma).not.toContain('@@allow');
        expect(prisma).not.toContain('@email');
        expect(prisma).not.toContain('plugin');
    });

    it('runs prisma generate, so the client loads', () => {
        const require = createRequire(join(project, 'package.json'));
        const client = require('./node_modules/.prisma/client') as { PrismaClient: unknown; Prisma: { ModelName: Record<string, string> } };
        expect(typeof client.PrismaClient).toBe('function');
        expect(Object.keys(client.Prisma.ModelName)).toEqual(['User', 'Post']);
    });

    it('writes the runtime metadata to node_modules/.zenstack', () => {
        const require = createRequire(join(project, 'package.json'));
        const meta = require('./node_modules/.zenstack/model-meta.js') as { models: Record<string, { idFields: string[]; fields: Record<string, { inheritedFrom?: string }> }> };
        expect(Object.keys(meta.models)).toEqual(['User', 'Post']);
        expect(meta.models.Post!.idFields).toEqual(['id']);
        expect(meta.models.Post!.fields.updatedAt!.inheritedFrom).toBe('Base');
        expect(existsSync(join(project, 'node_modules/.zenstack/enhance.js'))).toBe(true);
    });

    it('honours --schema and --output and package.json zenstack.schema', () => {
        const other = createTempProject({ 'db/main.zmodel': SCHEMA, 'prisma.config.ts': SQLITE_CONFIG });
        writeFileSync(join(other, 'package.json'), JSON.stringify({ name: 'x', zenstack: { schema: 'db/main.zmodel', prisma: 'db/physical.prisma' } }));
        const result = runCli(['generate', '--output', 'generated', '--no-prisma-generate'], other);
        expect(result.status).toBe(0);
        expect(existsSync(join(other, 'db/physical.prisma'))).toBe(true);
        expect(existsSync(join(other, 'generated/model-meta.js'))).toBe(true);
        expect(result.stdout).not.toContain('Running prisma generate');
    });
});

describe('zenstack generate on a bad schema', () => {
    it('prints a located diagnostic with a code frame and exits 1 without a stack trace', () => {
        const project = createTempProject({
            'schema.zmodel': `datasource db {\n    provider = "sqlite"\n    url = "file:./dev.db"\n}\n\nmodel User {\n    id Int @id\n    role Rolle\n}\n`,
        });
        const result = runCli(['generate'], project);
        expect(result.status).toBe(1);
        expect(result.stderr).toContain("schema.zmodel:8:10: error: unknown type 'Rolle'");
        expect(result.stderr).toContain('8 |     role Rolle');
        expect(result.stderr).toContain('  |          ^^^^^');
        expect(result.stderr).toContain('error: the schema has 1 error');
        expect(result.stderr).not.toMatch(/\n\s+at /);
        expect(existsSync(join(project, 'prisma/schema.prisma'))).toBe(false);
    });

    it('reports a missing schema file', () => {
        const project = createTempProject({});
        const result = runCli(['generate'], project);
        expect(result.status).toBe(1);
        expect(result.stderr).toContain('schema file not found');
    });
});
