import { Command, Option } from 'commander';
import { checkCommand } from './commands/check-command.js';
import { formatCommand } from './commands/format-command.js';
import { generateCommand } from './commands/generate-command.js';
import { infoCommand, ownVersion } from './commands/info-command.js';
import { initCommand } from './commands/init-command.js';
import { createReporter } from './output.js';
import { reportError } from './report-error.js';

/** Runs the CLI and resolves to the process exit code; only bin/ exits. */
export async function main(argv: readonly string[]): Promise<number> {
    const reporter = createReporter();
    let exitCode = 0;
    const run = (action: () => Promise<unknown>) => async () => {
        try {
            const ok = await action();
            if (ok === false) exitCode = 1;
        } catch (error) {
            reportError(error, reporter);
            exitCode = 1;
        }
    };

    const program = new Command('zenstack')
        .description('ZModel compiler: Prisma schema with polymorphic models and access policies')
        .version(ownVersion())
        .showHelpAfterError()
        .exitOverride();

    program
        .command('generate')
        .description('validate the schema, write prisma/schema.prisma, run `prisma generate` and write the runtime metadata')
        .option('--schema <file>', 'the ZModel schema (default: package.json zenstack.schema, else ./schema.zmodel)')
        .option('--output <dir>', 'where the runtime metadata goes (default: node_modules/.zenstack)')
        .option('--no-prisma-generate', 'skip `prisma generate`')
        .action((opts: { schema?: string; output?: string; prismaGenerate?: boolean }) => run(() => generateCommand(opts, reporter))());

    program
        .command('check')
        .description('validate the schema without generating anything')
        .option('--schema <file>', 'the ZModel schema')
        .action((opts: { schema?: string }) => run(() => checkCommand(opts, reporter))());

    program
        .command('format')
        .description('format the schema and the files it imports')
        .option('--schema <file>', 'the ZModel schema')
        .option('--check', 'report unformatted files and exit 1 instead of writing')
        .addOption(new Option('--indent <n>', 'spaces per level').default(4).argParser((v) => Number.parseInt(v, 10)))
        .action((opts: { schema?: string; check?: boolean; indent?: number }) => run(() => formatCommand(opts, reporter))());

    program
        .command('info')
        .description('print the versions of ZenStack and Prisma packages in this project')
        .action(() => run(() => infoCommand(reporter))());

    program
        .command('init')
        .description('add ZenStack to this project: dependencies, a sample schema and a prisma.config.ts for SQLite')
        .option('--no-install', 'only edit package.json; do not run the package manager')
        .action((opts: { install?: boolean }) => run(() => initCommand(opts, reporter))());

    try {
        await program.parseAsync([...argv], { from: 'user' });
    } catch (error) {
        // commander has printed help, the version or a usage error already
        const code = (error as { exitCode?: number }).exitCode;
        return code ?? 1;
    }
    return exitCode;
}
