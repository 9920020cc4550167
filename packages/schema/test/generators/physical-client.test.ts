import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
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

/**
 * A project's own `@prisma/client` folder (its entries linked to the installed package, its
 * package.json copied), so a client generated to Prisma's default place, `.prisma/client` beside
 * the package's real folder, lands in the project rather than in the shared store.
 */
function ownClientPackage(project: string): void {
    const link = join(project, 'node_modules/@prisma/client');
    const installed = realpathSync(link);
    rmSync(link);
    mkdirSync(link);
    for (const entry of readdirSync(installed)) {
        if (entry === 'package.json') copyFileSync(join(installed, entry), join(link, entry));
        else symlinkSync(join(installed, entry), join(link, entry));
    }
}

/** Generates with zenstack, then again with `prisma generate`, and returns both clients' files. */
async function bothClients(project: string, client: string): Promise<[Map<string, string>, Map<string, string>]> {
    const run = runCli(['generate'], project);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const ours = filesUnder(client);
    cpSync(client, `${client}-ours`, { recursive: true });
    rmSync(client, { recursive: true });
    await runPrismaCommand(['generate', '--schema', 'prisma/schema.prisma'], { cwd: project });
    return [ours, filesUnder(client)];
}

function expectSameClient(ours: Map<string, string>, prismas: Map<string, string>): void {
    // the sign that Prisma's generator ran without the CLI: no native target added
    expect(ours.get('index.js')).toContain('"binaryTargets": []');
    expect(prismas.get('index.js')).toContain('"native": true');
    expect([...ours.keys()].sort()).toEqual([...prismas.keys()].sort());
    for (const [file, text] of prismas) expect(withoutNativeTarget(ours.get(file)!), file).toBe(withoutNativeTarget(text));
    expect(ours.get('index.d.ts')).toContain('export type Video = $Result.DefaultSelection<Prisma.$VideoPayload>');
}

describe('the physical client, generated without the Prisma CLI', () => {
    it('is the client `prisma generate` writes for the same schema', async () => {
        const project = createTempProject({ 'schema.zmodel': schema(ENGINE_FREE), 'prisma.config.ts': SQLITE_CONFIG });
        expectSameClient(...(await bothClients(project, join(project, 'node_modules/.prisma/client'))));
    });

    it('writes to Prisma\'s default place, beside @prisma/client, when the generator has no output', async () => {
        const project = createTempProject({ 'schema.zmodel': schema(ENGINE_FREE.replace(/\n\s*output .*/, '')), 'prisma.config.ts': SQLITE_CONFIG });
        ownClientPackage(project);
        expectSameClient(...(await bothClients(project, join(project, 'node_modules/.prisma/client'))));
    });

    it('tells the client about the project\'s .env, as prisma generate does', () => {
        const project = createTempProject({ 'schema.zmodel': schema(ENGINE_FREE), 'prisma.config.ts': SQLITE_CONFIG, '.env': 'UNUSED=1\n' });
        expect(runCli(['generate'], project).status).toBe(0);
        const index = readFileSync(join(project, 'node_modules/.prisma/client/index.js'), 'utf8');
        expect(index).toContain('"binaryTargets": []');
        expect(index).toMatch(/"schemaEnvPath": "\.\.\/\.\.\/\.\.\/\.env"/);
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
