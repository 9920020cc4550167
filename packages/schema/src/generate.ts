import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { ModelMeta, SchemaDef } from '@zenstackhq/sdk';
import { compileSchema } from './compile.js';
import { toPhysicalSchema } from './ir/physical/to-physical-schema.js';
import { generatePrismaSchema } from './generators/prisma/prisma-schema-generator.js';
import { buildModelMeta } from './generators/model-meta/build-model-meta.js';
import { renderModelMetaModule, renderModelMetaTypes } from './generators/model-meta/write-model-meta.js';
import { renderEnhancerModule, renderEnhancerTypes } from './generators/enhancer/render-enhancer.js';
import { startPhysicalClientGeneration, type PhysicalClientGeneration } from './prisma/physical-client.js';
import { generateLogicalClient, needsLogicalClient, physicalClientModule, renderModelsModule } from './generators/logical/generate-logical-client.js';
import { corePluginOutput, partitionPlugins } from './plugins/core-plugins.js';
import { writeZodSchemas } from './generators/zod/write-zod-schemas.js';
import { runPlugins } from './plugins/run-plugins.js';
import { globalOmitConfig } from './generators/logical/omit-config.js';

export interface GenerateOptions {
    /** the `.zmodel` entry file */
    readonly schemaFile: string;
    /** where the physical Prisma schema goes; default `<project>/prisma/schema.prisma` */
    readonly prismaSchemaFile?: string;
    /** where the runtime inputs go; default `<project>/node_modules/.zenstack` */
    readonly outputDir?: string;
    /** run `prisma generate` on the emitted schema (default true) */
    readonly prismaGenerate?: boolean;
    /** generate the polymorphic client types (`@zenstackhq/runtime/models`); default: as `prismaGenerate` */
    readonly logicalTypes?: boolean;
    /** reports each step as it starts; the CLI turns these into step lines */
    readonly onStep?: (step: string) => void;
    /** reports things the user should know that are not errors */
    readonly onWarning?: (message: string) => void;
}

export interface GenerateResult {
    readonly schema: SchemaDef;
    readonly modelMeta: ModelMeta;
    readonly prismaSchemaFile: string;
    readonly outputDir: string;
    readonly projectDir: string;
}

/**
 * `zenstack generate` as a function: compile the schema, write the physical Prisma schema, run
 * `prisma generate`, and write the runtime's inputs. Throws `SchemaError` for a bad schema.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
    const schemaFile = resolve(options.schemaFile);
    const projectDir = findProjectDir(dirname(schemaFile));

    const prismaGenerate = options.prismaGenerate ?? true;
    // Prisma's client generator loads while the schema compiles
    const physicalClient = prismaGenerate ? startPhysicalClientGeneration(projectDir) : undefined;
    try {
        return await generateWith(options, schemaFile, projectDir, physicalClient);
    } finally {
        physicalClient?.cancel();
    }
}

async function generateWith(options: GenerateOptions, schemaFile: string, projectDir: string, physicalClient: PhysicalClientGeneration | undefined): Promise<GenerateResult> {
    const step = options.onStep ?? (() => undefined);
    step('Validating the schema');
    const { schema } = await compileSchema(schemaFile);
    const plugins = partitionPlugins(schema.plugins);

    const prismaSchemaFile = resolve(
        options.prismaSchemaFile ??
            corePluginOutput(schema.plugins, '@core/prisma', dirname(schemaFile)) ??
            join(projectDir, 'prisma', 'schema.prisma'),
    );
    step(`Writing the Prisma schema to ${relative(process.cwd(), prismaSchemaFile) || prismaSchemaFile}`);
    await mkdir(dirname(prismaSchemaFile), { recursive: true });
    const prismaSchema = generatePrismaSchema(toPhysicalSchema(schema), { sourceFile: relative(dirname(prismaSchemaFile), schemaFile) });
    await writeFile(prismaSchemaFile, prismaSchema);

    const outputDir = resolve(options.outputDir ?? join(projectDir, 'node_modules', '.zenstack'));
    const logical = needsLogicalClient(schema) && (options.logicalTypes ?? physicalClient !== undefined);
    if (physicalClient || logical) step(logical ? 'Running prisma generate, and writing the client types of the logical schema' : 'Running prisma generate');
    // the physical client first: it takes longest, in another process, while this thread does the rest
    const physicalRun = physicalClient?.run(prismaSchemaFile, prismaSchema);
    // awaited below; an error before then must not surface as an unhandled rejection too
    physicalRun?.catch(() => undefined);
    const modelMeta = buildModelMeta(schema);
    const writeRuntimeInputs = (async () => {
        await mkdir(outputDir, { recursive: true });
        await Promise.all([
            writeFile(join(outputDir, 'package.json'), renderOutputPackageJson()),
            writeFile(join(outputDir, 'model-meta.js'), renderModelMetaModule(modelMeta)),
            writeFile(join(outputDir, 'model-meta.d.ts'), renderModelMetaTypes()),
            writeFile(join(outputDir, 'enhance.js'), renderEnhancerModule()),
            writeFile(join(outputDir, 'enhance.d.ts'), renderEnhancerTypes()),
            writeZodSchemas(schema, join(outputDir, 'zod'), corePluginOutput(schema.plugins, '@core/zod', dirname(schemaFile))),
        ]);
    })();

    const models = renderModelsModule(logical, logical ? globalOmitConfig(schema) : undefined, physicalClientModule(schema, prismaSchemaFile, outputDir));
    await Promise.all([physicalRun, logical ? writeRuntimeInputs.then(() => generateLogicalClient(schema, outputDir, projectDir)) : undefined]);
    step(`Writing the runtime metadata to ${relative(process.cwd(), outputDir) || outputDir}`);
    await writeRuntimeInputs;
    await Promise.all([writeFile(join(outputDir, 'models.js'), models.js), writeFile(join(outputDir, 'models.d.ts'), models.dts)]);
    // user plugins run last, so they may read everything the core plugins wrote
    await runPlugins(plugins.pending, { schema, schemaPath: schemaFile, outputDir, step, warn: options.onWarning ?? (() => undefined) });
    return { schema, modelMeta, prismaSchemaFile, outputDir, projectDir };
}

/** The output folder is a package, so that `.zenstack/models` resolves from ESM and CommonJS alike. */
function renderOutputPackageJson(): string {
    const entry = (name: string) => ({ types: `./${name}.d.ts`, default: `./${name}.js` });
    const exports: Record<string, unknown> = { './package.json': './package.json' };
    for (const name of ['models', 'enhance', 'model-meta']) {
        exports[`./${name}`] = entry(name);
        exports[`./${name}.js`] = entry(name);
    }
    exports['./zod'] = { types: './zod/index.d.ts', default: './zod/index.js' };
    return JSON.stringify({ name: '.zenstack', private: true, type: 'commonjs', exports }, null, 2) + '\n';
}

/** The nearest folder up from the schema that has a package.json; else the schema's folder. */
function findProjectDir(from: string): string {
    for (let dir = from; ; dir = dirname(dir)) {
        if (existsSync(join(dir, 'package.json'))) return dir;
        if (dirname(dir) === dir) return from;
    }
}
