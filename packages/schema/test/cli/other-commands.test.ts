import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { createTempProject } from '../helpers/temp-project.js';

const VALID = `datasource db {
    provider = "sqlite"
    url = "file:./dev.db"
}
model User {
    id Int @id
    posts Post[]
}
model Post {
    id Int @id
    author User @relation(fields: [authorId], references: [id])
    authorId Int
}
enum Role { USER ADMIN }
`;

describe('zenstack check', () => {
    it('validates without writing anything and prints a summary', () => {
        const project = createTempProject({ 'schema.zmodel': VALID });
        const result = runCli(['check'], project);
        expect(result.status).toBe(0);
        expect(result.stdout).toMatch(/✔ The schema is valid: 2 models, 1 enum, 1 file/);
    });

    it('exits 1 with located diagnostics for every error', () => {
        const project = createTempProject({ 'schema.zmodel': VALID.replace('id Int @id\n    posts', 'id Int @idd\n    posts') });
        const result = runCli(['check'], project);
        expect(result.status).toBe(1);
        expect(result.stderr).toContain("schema.zmodel:6:12: error: unknown attribute '@idd'");
    });
});

describe('zenstack format', () => {
    it('aligns fields and config entries, and a second run changes nothing', () => {
        const project = createTempProject({ 'schema.zmodel': VALID });
        expect(runCli(['format'], project).status).toBe(0);
        const formatted = readFileSync(join(project, 'schema.zmodel'), 'utf8');
        expect(formatted).toContain('    provider = "sqlite"\n    url      = "file:./dev.db"');
        expect(formatted).toContain('    author   User @relation(fields: [authorId], references: [id])');
        const again = runCli(['format', '--check'], project);
        expect(again.status).toBe(0);
        expect(again.stdout).toContain('All schema files are formatted');
    });

    it('--check exits 1 on an unformatted file and leaves it alone', () => {
        const project = createTempProject({ 'schema.zmodel': VALID });
        const result = runCli(['format', '--check'], project);
        expect(result.status).toBe(1);
        expect(readFileSync(join(project, 'schema.zmodel'), 'utf8')).toBe(VALID);
    });

    it('refuses a file that does not parse', () => {
        const project = createTempProject({ 'schema.zmodel': 'model {' });
        const result = runCli(['format'], project);
        expect(result.status).toBe(1);
        expect(result.stderr).toMatch(/schema\.zmodel:1:7: error/);
    });
});

describe('zenstack info', () => {
    it('prints the versions installed in the project', () => {
        const project = createTempProject({});
        const result = runCli(['info'], project);
        expect(result.status).toBe(0);
        expect(result.stdout).toMatch(/ZenStack CLI \d+\.\d+\.\d+/);
        expect(result.stdout).toMatch(/prisma\s+6\.19\.3/);
        expect(result.stdout).toMatch(/@zenstackhq\/runtime\s+not installed/);
    });
});

describe('zenstack init', () => {
    it('adds the dependencies, a sample schema and a prisma.config.ts', () => {
        const project = createTempProject({});
        writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'app', dependencies: { '@prisma/client': '6.19.3' } }));
        const result = runCli(['init', '--no-install'], project);
        expect(result.status).toBe(0);
        const pkg = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));
        expect(pkg.dependencies).toMatchObject({ '@zenstackhq/runtime': expect.any(String), '@prisma/client': '6.19.3', '@prisma/adapter-better-sqlite3': '6.19.3' });
        expect(pkg.devDependencies).toMatchObject({ zenstack: expect.any(String), prisma: '6.19.3' });
        expect(readFileSync(join(project, 'prisma.config.ts'), 'utf8')).toContain("engine: 'js'");
        expect(runCli(['check'], project).status).toBe(0);
    });

    it('fails clearly outside a Node project', () => {
        const project = createTempProject({});
        writeFileSync(join(project, 'package.json'), '{}');
        const result = runCli(['init', '--no-install'], join(project, 'node_modules'));
        expect(result.status).toBe(1);
        expect(result.stderr).toContain('no package.json');
    });
});

describe('zenstack --help', () => {
    it('lists the commands', () => {
        const result = runCli(['--help'], process.cwd());
        expect(result.status).toBe(0);
        for (const command of ['generate', 'check', 'format', 'info', 'init']) expect(result.stdout).toContain(command);
    });
});
