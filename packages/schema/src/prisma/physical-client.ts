import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { PrismaCommandError, runPrismaCommand } from './prisma-cli.js';
import { clientGeneratorModule, getPrismaConfig, getPrismaDmmfText } from './prisma-dmmf.js';

interface GeneratorConfig {
    readonly provider: { readonly value: string };
    readonly output: { readonly value: string; readonly fromEnvVar: string | null } | null;
    readonly config: Record<string, unknown>;
}

interface PrismaConfig {
    readonly generators: readonly GeneratorConfig[];
    readonly datasources: readonly unknown[];
}

/** The physical client's generation, begun before the schema is compiled. */
export interface PhysicalClientGeneration {
    /** generates the client of the Prisma schema `datamodel` just written to `schemaFile` */
    run(schemaFile: string, datamodel: string): Promise<void>;
    /** stops the generator if it is still waiting (the schema didn't compile) */
    cancel(): void;
}

/**
 * Generates the physical Prisma client: what `prisma generate` does, without loading the Prisma
 * CLI when the schema allows. The CLI takes about a second to load for what is, with the
 * engine-free client, a call to the client's own generator (`@prisma/client/generator-build`,
 * which speaks Prisma's generator protocol on stdin/stderr) with the schema engine's config and
 * DMMF (computed here, by the engine the logical client's types use). So when every generator
 * is an engine-free `prisma-client-js`, that generator runs directly, started at once so it loads
 * while the schema compiles; otherwise (other generators, engines to copy, outputs from env vars)
 * `prisma generate` runs.
 */
export function startPhysicalClientGeneration(projectDir: string): PhysicalClientGeneration {
    const generatorModule = clientGeneratorModule(projectDir);
    const child = generatorModule ? spawn(process.execPath, [generatorModule], { cwd: projectDir, stdio: ['pipe', 'ignore', 'pipe'] }) : undefined;
    child?.on('error', () => undefined);
    const cancel = () => void child?.kill();
    return {
        cancel,
        async run(schemaFile, datamodel) {
            // a schema the engine rejects goes to `prisma generate`, which says why in its words
            const config = child && (getPrismaConfig(schemaFile, datamodel) as { config?: PrismaConfig } | undefined)?.config;
            const outputs = config?.generators.map((g) => (isEngineFreeClient(g) ? outputOf(g, schemaFile) : undefined));
            if (!child || !config || !outputs!.every((o) => o !== undefined)) {
                cancel();
                await runPrismaCommand(['generate', '--schema', schemaFile], { cwd: projectDir });
                return;
            }
            // on this thread before the logical client's types, so the generator works beside them
            const dmmf = getPrismaDmmfText(datamodel);
            await Promise.all(
                config.generators.map((generator, i) =>
                    // the generator process serves one request; a second generator block gets its own
                    generate(i === 0 ? child : spawn(process.execPath, [generatorModule!], { cwd: projectDir, stdio: ['pipe', 'ignore', 'pipe'] }), projectDir, {
                        schemaFile,
                        datamodel,
                        generator: { ...generator, ...outputs![i]!, sourceFilePath: schemaFile },
                        datasources: config.datasources,
                        dmmf,
                        engineVersion: enginesVersion(generatorModule!),
                    }),
                ),
            );
        },
    };
}

function isEngineFreeClient(generator: GeneratorConfig): boolean {
    return generator.provider.value === 'prisma-client-js' && generator.config.engineType === 'client' && (generator.output === null || generator.output.fromEnvVar === null);
}

/**
 * Where the client goes: the `output` (relative to the schema), or, without one, Prisma's
 * default: `.prisma/client` beside the `@prisma/client` the schema's folder resolves, which the
 * generator derives from that package's folder as it does for `prisma generate`.
 */
function outputOf(generator: GeneratorConfig, schemaFile: string): { readonly output: { value: string; fromEnvVar: null }; readonly isCustomOutput?: true } | undefined {
    if (generator.output) return { output: { value: resolve(dirname(schemaFile), generator.output.value), fromEnvVar: null }, isCustomOutput: true };
    try {
        const clientPackage = createRequire(join(dirname(schemaFile), 'schema.prisma')).resolve('@prisma/client/package.json');
        // no `isCustomOutput` at all, as `prisma generate` passes it (the client records its config)
        return { output: { value: dirname(clientPackage), fromEnvVar: null } };
    } catch {
        return undefined;
    }
}


/** The engines' version the generated client records, as `prisma generate` passes it. */
function enginesVersion(generatorModule: string): string {
    return (createRequire(generatorModule)('@prisma/engines-version') as { enginesVersion: string }).enginesVersion;
}

interface GenerateRequest {
    readonly schemaFile: string;
    readonly datamodel: string;
    /** with its output resolved */
    readonly generator: GeneratorConfig & { readonly isCustomOutput?: true; readonly sourceFilePath: string };
    readonly datasources: readonly unknown[];
    readonly dmmf: string;
    readonly engineVersion: string;
}

/**
 * The `.env` files the client loads at run time, found as `prisma generate` finds them: next to
 * the schema, in `./prisma` or in the project folder; and the project root's, when another.
 */
function envPaths(schemaFile: string, projectDir: string): { rootEnvPath: string | null; schemaEnvPath?: string } {
    const schemaEnvPath = [join(dirname(schemaFile), '.env'), join(projectDir, 'prisma', '.env'), join(projectDir, '.env')].find((p) => existsSync(p));
    const rootEnv = join(projectDir, '.env');
    return { rootEnvPath: existsSync(rootEnv) && rootEnv !== schemaEnvPath ? rootEnv : null, ...(schemaEnvPath ? { schemaEnvPath } : {}) };
}

function generate(child: ChildProcess, projectDir: string, request: GenerateRequest): Promise<void> {
    const { schemaFile, datamodel, generator, datasources, dmmf, engineVersion } = request;
    const params = {
        generator,
        otherGenerators: [],
        schemaPath: schemaFile,
        datasources,
        datamodel,
        version: engineVersion,
        binaryPaths: {},
        postinstall: false,
        noEngine: false,
        noHints: true,
        allowNoModels: true,
        envPaths: envPaths(schemaFile, projectDir),
    };
    // the DMMF is spliced in as the engine wrote it: parsing and re-serialising megabytes would cost more than the rest
    const line = `{"jsonrpc":"2.0","method":"generate","id":1,"params":${JSON.stringify(params).slice(0, -1)},"dmmf":${dmmf}}}\n`;
    return new Promise((resolvePromise, reject) => {
        let pending = '';
        let log = '';
        const fail = (message: string) => {
            child.kill();
            reject(new PrismaCommandError(['generate', '--schema', schemaFile], null, '', message));
        };
        child.stderr!.on('data', (chunk: Buffer) => {
            pending += chunk.toString();
            for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
                const text = pending.slice(0, end);
                pending = pending.slice(end + 1);
                const response = parseResponse(text);
                if (!response) log += `${text}\n`;
                else if (response.error) fail(`${response.error.message}\n${log}`.trim());
                else child.stdin!.end();
            }
        });
        child.once('exit', (code) => (code === 0 ? resolvePromise() : fail(`the client generator exited with ${code}\n${log}`.trim())));
        child.stdin!.write(line);
    });
}

function parseResponse(text: string): { id: number; error?: { message: string } } | undefined {
    try {
        const value = JSON.parse(text) as { jsonrpc?: string; id?: number; error?: { message: string } };
        return value.jsonrpc === '2.0' && value.id === 1 ? (value as { id: number; error?: { message: string } }) : undefined;
    } catch {
        return undefined;
    }
}
