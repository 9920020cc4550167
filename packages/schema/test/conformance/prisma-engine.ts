import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { formatSchema, getConfig, getDMMF, validate } from '@prisma/internals';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/**
 * What Prisma understands of a schema text: the DMMF datamodel and the datasource and
 * generator config. Throws Prisma's validation error when the schema is invalid — the same
 * in-process checks `prisma validate` runs.
 */
export async function readPrismaSchema(datamodel: string, fileName = 'schema.prisma') {
    validate({ schemas: [[fileName, datamodel]] });
    const [dmmf, config] = await Promise.all([getDMMF({ datamodel }), getConfig({ datamodel, ignoreEnvVarErrors: true })]);
    return { datamodel: dmmf.datamodel, config };
}

/** The text `prisma format` makes of a schema. */
export async function formatPrismaSchema(text: string): Promise<string> {
    const [[, formatted]] = (await formatSchema({ schemas: [['schema.prisma', text]] })) as [[string, string]];
    return formatted;
}

/** The environment variables a schema reads through `env("...")`. */
export function envVarsOf(schemaText: string): string[] {
    return [...new Set([...schemaText.matchAll(/env\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1]!))];
}

/**
 * Runs the real `prisma validate` CLI on a file. Engine paths point at any existing file so
 * the CLI skips its engine download (these machines reach only the npm registry); validation
 * itself runs in wasm.
 */
export async function runPrismaValidate(schemaFile: string, env: Record<string, string>): Promise<{ ok: boolean; output: string }> {
    const cli = join(dirname(require.resolve('prisma/package.json')), 'build/index.js');
    try {
        const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, 'validate', '--schema', schemaFile], {
            env: {
                ...process.env,
                ...env,
                NODE_OPTIONS: `--require ${join(here, 'unref-long-timers.cjs')}`,
                PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
                PRISMA_QUERY_ENGINE_LIBRARY: process.execPath,
                PRISMA_HIDE_UPDATE_MESSAGE: '1',
                CHECKPOINT_DISABLE: '1',
            },
            timeout: 60_000,
        });
        return { ok: true, output: stdout + stderr };
    } catch (error) {
        const e = error as { stdout?: string; stderr?: string; message: string };
        return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` || e.message };
    }
}
