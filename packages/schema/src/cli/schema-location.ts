import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

interface PackageConfig {
    readonly schema?: string;
    readonly prisma?: string;
    readonly output?: string;
}

/** The `zenstack` section of the package.json in `cwd`, with paths resolved against it. */
export function readPackageConfig(cwd: string): PackageConfig {
    const file = join(cwd, 'package.json');
    if (!existsSync(file)) return {};
    const config = (JSON.parse(readFileSync(file, 'utf8')) as { zenstack?: PackageConfig }).zenstack ?? {};
    const at = (p?: string) => (p ? resolve(dirname(file), p) : undefined);
    return { schema: at(config.schema), prisma: at(config.prisma), output: at(config.output) };
}

/** `--schema`, else package.json `zenstack.schema`, else `./schema.zmodel`. */
export function resolveSchemaFile(cwd: string, option?: string): string {
    if (option) return resolve(cwd, option);
    return readPackageConfig(cwd).schema ?? resolve(cwd, 'schema.zmodel');
}
