import { spawn } from 'node:child_process';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Reporter } from '../output.js';
import { ownVersion } from './info-command.js';
import { resource } from '../../package-root.js';

const TEMPLATES = resource('init');
const PRISMA_VERSION = '6.19.3';

interface PackageJson {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
}

/** The dependencies a ZenStack project on SQLite needs, by section. */
export function initDependencies(version: string): Required<PackageJson> {
    return {
        dependencies: {
            '@zenstackhq/runtime': `^${version}`,
            '@prisma/client': PRISMA_VERSION,
            '@prisma/adapter-better-sqlite3': PRISMA_VERSION,
            'better-sqlite3': '11.10.0',
        },
        devDependencies: { zenstack: `^${version}`, prisma: PRISMA_VERSION },
    };
}

export async function initCommand(options: { install?: boolean; cwd?: string }, reporter: Reporter): Promise<void> {
    const cwd = options.cwd ?? process.cwd();
    const packageFile = join(cwd, 'package.json');
    if (!existsSync(packageFile)) throw new Error(`no package.json in ${cwd}: run \`npm init\` first, then \`zenstack init\``);

    const pkg = JSON.parse(await readFile(packageFile, 'utf8')) as PackageJson;
    const wanted = initDependencies(ownVersion());
    for (const section of ['dependencies', 'devDependencies'] as const) {
        const current = { ...(pkg[section] ?? {}) };
        for (const [name, range] of Object.entries(wanted[section])) {
            const installed = pkg.dependencies?.[name] ?? pkg.devDependencies?.[name];
            if (!installed) current[name] = range;
        }
        pkg[section] = current;
    }
    reporter.step('Adding ZenStack and Prisma to package.json');
    await writeFile(packageFile, JSON.stringify(pkg, null, 2) + '\n');

    for (const file of ['schema.zmodel', 'prisma.config.ts']) {
        const target = join(cwd, file);
        if (existsSync(target)) {
            reporter.warn(`${file} exists, left as it is`);
        } else {
            reporter.step(`Writing ${file}`);
            await copyFile(join(TEMPLATES, file), target);
        }
    }

    if (options.install ?? true) {
        const manager = detectPackageManager(cwd);
        reporter.step(`Installing with ${manager}`);
        await run(manager, ['install'], cwd);
    }
    reporter.success('ZenStack is set up: edit schema.zmodel, then run `npx zenstack generate`');
}

export function detectPackageManager(cwd: string): 'pnpm' | 'yarn' | 'npm' {
    if (existsSync(join(cwd, 'pnpm-lock.yaml'))) return 'pnpm';
    if (existsSync(join(cwd, 'yarn.lock'))) return 'yarn';
    return 'npm';
}

function run(command: string, args: string[], cwd: string): Promise<void> {
    return new Promise((resolvePromise, reject) => {
        const child = spawn(command, args, { cwd, stdio: 'inherit' });
        child.on('error', reject);
        child.on('close', (code) => (code === 0 ? resolvePromise() : reject(new Error(`${command} ${args.join(' ')} failed with exit code ${code}`))));
    });
}
