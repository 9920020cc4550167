import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Reporter } from '../output.js';
import { PACKAGE_ROOT } from '../../package-root.js';

const PACKAGES = ['zenstack', '@zenstackhq/runtime', '@zenstackhq/sdk', '@zenstackhq/testtools', 'prisma', '@prisma/client'];

/** The installed version of a package as the project in `cwd` resolves it. */
export function installedVersion(name: string, cwd: string): string | undefined {
    try {
        const require = createRequire(join(cwd, 'package.json'));
        const file = require.resolve(`${name}/package.json`);
        return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
    } catch {
        return undefined;
    }
}

export function ownVersion(): string {
    return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

export async function infoCommand(reporter: Reporter): Promise<void> {
    const cwd = process.cwd();
    reporter.info(`ZenStack CLI ${ownVersion()} (Node ${process.version})`);
    reporter.info('Packages in this project:');
    const width = Math.max(...PACKAGES.map((p) => p.length));
    for (const name of PACKAGES) {
        reporter.info(`  ${name.padEnd(width)}  ${installedVersion(name, cwd) ?? 'not installed'}`);
    }
}
