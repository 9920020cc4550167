import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/**
 * Type-checks `source` with `tsc --noEmit --strict` as a file of the loaded project (it sees the
 * project's node_modules: the generated client, `.zenstack` and the ZenStack packages).
 * Returns tsc's diagnostics; an empty string means it compiled.
 */
export function typeCheck(projectDir: string, source: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'zenstack-types-'));
    symlinkSync(join(projectDir, 'node_modules'), join(dir, 'node_modules'), 'dir');
    writeFileSync(join(dir, 'check.ts'), source);
    writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
            compilerOptions: {
                strict: true,
                noEmit: true,
                target: 'ES2022',
                module: 'NodeNext',
                moduleResolution: 'NodeNext',
                skipLibCheck: true,
                // resolve packages where the project links them, so `.zenstack` is the project's own
                preserveSymlinks: true,
                types: [],
            },
            files: ['check.ts'],
        }),
    );
    const result = spawnSync(process.execPath, [TSC, '-p', dir], { encoding: 'utf8' });
    return (result.stdout + result.stderr).trim();
}
