import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPrismaCommand } from '../../src/prisma/prisma-cli.js';
import { runCli } from '../helpers/run-cli.js';
import { createTempProject, SQLITE_CONFIG } from '../helpers/temp-project.js';

const schema = (generator: string) => `
datasource db {
    provider = "sqlite"
    url      = "file:./dev.db"
}

${generator}

model User {
    id     Int     @id @default(autoincrement())
    assets Asset[]
}

model Asset {
    id      Int    @id @default(autoincrement())
    kind    String
    owner   User   @relation(fields: [ownerId], references: [id])
    ownerId Int
    @@delegate(kind)
}

model Video extends Asset {
    duration Int
}
`;

const ENGINE_FREE = `generator client {
    provider   = "prisma-client-js"
    engineType = "client"
    output     = "../node_modules/.prisma/client"
}`;

function filesUnder(dir: string): Map<string, string> {
    const files = new Map<string, string>();
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile()) continue;
        const path = join(entry.parentPath, entry.name);
        files.set(relative(dir, path), readFileSync(path, 'latin1'));
    }
    return files;
}

// `prisma generate` adds the machine's own binary target, which the engine-free client never loads
const withoutNativeTarget = (text: string) => text.replace(/"binaryTargets": \[[^\]]*\]/g, '"binaryTargets": []');

describe('the physical client, generated without the Prisma CLI', () => {
    let project: string;
    let client: string;

    beforeAll(() => {
        project = createTempProject({ 'schema.zmodel': schema(ENGINE_FREE), 'prisma.config.ts': SQLITE_CONFIG });
        client = join(project, 'node_modules/.prisma/client');
        const run = runCli(['generate'], project);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
    });

    it('is the client `prisma generate` writes for the same schema', async () => {
        const ours = filesUnder(client);
        const copy = `${client}-ours`;
        cpSync(client, copy, { recursive: true });
        rmSync(client, { recursive: true });
        await runPrismaCommand(['generate', '--schema', 'prisma/schema.prisma'], { cwd: project });
        const prismas = filesUnder(client);
        expect([...ours.keys()].sort()).toEqual([...prismas.keys()].sort());
        for (const [file, text] of prismas) expect(withoutNativeTarget(ours.get(file)!), file).toBe(withoutNativeTarget(text));
        expect(ours.get('index.d.ts')).toContain('export type Video = $Result.DefaultSelection<Prisma.$VideoPayload>');
    });

    it('runs one generator per generator block', () => {
        const second = `generator second {\n    provider   = "prisma-client-js"\n    engineType = "client"\n    output     = "../generated/second"\n}`;
        const other = createTempProject({ 'schema.zmodel': schema(`${ENGINE_FREE}\n\n${second}`), 'prisma.config.ts': SQLITE_CONFIG });
        const run = runCli(['generate'], other);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(readFileSync(join(other, 'generated/second/index.d.ts'), 'utf8')).toContain('export type Video');
        expect(readFileSync(join(other, 'node_modules/.prisma/client/index.d.ts'), 'utf8')).toContain('export type Video');
    });

    it('leaves an output named by an environment variable to `prisma generate`', () => {
        const fromEnv = ENGINE_FREE.replace('"../node_modules/.prisma/client"', 'env("ZENSTACK_TEST_CLIENT_OUTPUT")');
        const other = createTempProject({ 'schema.zmodel': schema(fromEnv), 'prisma.config.ts': SQLITE_CONFIG });
        const run = runCli(['generate'], other, { ZENSTACK_TEST_CLIENT_OUTPUT: '../generated/from-env' });
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(readFileSync(join(other, 'generated/from-env/index.d.ts'), 'utf8')).toContain('export type Video');
    });

    it('stops the waiting generator when the schema does not compile', () => {
        const broken = createTempProject({ 'schema.zmodel': schema(ENGINE_FREE).replace('duration Int', 'duration Nope'), 'prisma.config.ts': SQLITE_CONFIG });
        const started = Date.now();
        const run = runCli(['generate'], broken);
        expect(run.status).toBe(1);
        expect(run.stderr).toContain('Nope');
        // the process ends with the error rather than waiting on the generator it started
        expect(Date.now() - started).toBeLessThan(20_000);
    });
});
