import { relative } from 'node:path';
import { generate } from '../../generate.js';
import type { Reporter } from '../output.js';
import { readPackageConfig, resolveSchemaFile } from '../schema-location.js';

export interface GenerateCommandOptions {
    readonly schema?: string;
    readonly output?: string;
    readonly prismaGenerate?: boolean;
}

export async function generateCommand(options: GenerateCommandOptions, reporter: Reporter): Promise<void> {
    const cwd = process.cwd();
    const config = readPackageConfig(cwd);
    const schemaFile = resolveSchemaFile(cwd, options.schema);
    reporter.info(`ZenStack: generating from ${relative(cwd, schemaFile)}`);
    const result = await generate({
        schemaFile,
        prismaSchemaFile: config.prisma,
        outputDir: options.output ?? config.output,
        prismaGenerate: options.prismaGenerate,
        onStep: (message) => reporter.step(message),
        onWarning: (message) => reporter.warn(message),
    });
    const models = result.schema.models.filter((m) => !m.isAbstract).length;
    reporter.success(`Generated ${models} model${models === 1 ? '' : 's'}: ${relative(cwd, result.prismaSchemaFile)}, ${relative(cwd, result.outputDir)}`);
}
