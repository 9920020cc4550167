import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolvePackageDir } from './package-dirs.js';

/** Workaround A of PRISMA-OFFLINE.md: lets the 6.19 CLI exit as soon as its command is done. */
const UNREF_LONG_TIMERS = fileURLToPath(new URL('../../res/unref-long-timers.cjs', import.meta.url));
/** Loads the CLI right away and runs the command on a signal (see the file). */
const PRESTART = fileURLToPath(new URL('../../res/prisma-cli-prestart.cjs', import.meta.url));

/** A failed Prisma CLI run, with what it printed. */
export interface PrismaCliError extends Error {
    readonly code: 'PRISMA_CLI_FAILED';
    readonly exitCode: number | null;
    readonly stderr: string;
}

/** A Prisma CLI process that has loaded and waits to run its command. */
export interface PrestartedPrismaCli {
    /** runs the command; resolves with its stdout */
    run(): Promise<string>;
    /** kills the process when the command is no longer wanted */
    cancel(): void;
}

export interface PrismaCliOptions {
    readonly cwd: string;
    readonly env?: NodeJS.ProcessEnv;
    /** the package of testtools that provides the CLI (default `prisma`, the 6.19 baseline) */
    readonly cliPackage?: string;
}

/**
 * Spawns `prisma <args>` (testtools' own Prisma) in `cwd` now, so the CLI loads while its input
 * is still being written; the command runs when `run()` is called.
 */
export function prestartPrismaCli(args: readonly string[], options: PrismaCliOptions): PrestartedPrismaCli {
    const cli = join(resolvePackageDir(options.cliPackage ?? 'prisma'), 'build', 'index.js');
    const nodeOptions = [process.env.NODE_OPTIONS, `--require ${JSON.stringify(UNREF_LONG_TIMERS)}`].filter(Boolean).join(' ');
    const child = spawn(process.execPath, [PRESTART, cli, ...args], {
        cwd: options.cwd,
        env: { ...process.env, ...options.env, NODE_OPTIONS: nodeOptions, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1', NO_COLOR: '1' },
        stdio: ['pipe', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.stdin.on('error', () => undefined);
    const done = new Promise<string>((resolve, reject) => {
        child.on('error', reject);
        child.on('close', (exitCode) => {
            const out = Buffer.concat(stdout).toString();
            if (exitCode === 0) return resolve(out);
            const err = Buffer.concat(stderr).toString();
            const error = new Error(`prisma ${args.join(' ')} failed (exit ${exitCode}):\n${(err || out).trim()}`);
            reject(Object.assign(error, { code: 'PRISMA_CLI_FAILED' as const, exitCode, stderr: err }) satisfies PrismaCliError);
        });
    });
    done.catch(() => undefined); // observed by run(); a cancelled process must not be an unhandled rejection
    return {
        run() {
            child.stdin.end('run\n');
            return done;
        },
        cancel() {
            child.kill();
        },
    };
}
