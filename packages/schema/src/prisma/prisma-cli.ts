import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { resource } from '../package-root.js';

const UNREF_TIMERS = resource('unref-long-timers.cjs');

export interface PrismaCommandResult {
    readonly stdout: string;
    readonly stderr: string;
}

/** A failed Prisma CLI run, with what it printed. */
export class PrismaCommandError extends Error {
    readonly code = 'PRISMA_COMMAND_FAILED';
    constructor(
        readonly args: readonly string[],
        readonly exitCode: number | null,
        readonly stdout: string,
        readonly stderr: string,
    ) {
        super(`prisma ${args.join(' ')} failed (exit ${exitCode}):\n${(stderr || stdout).trim()}`);
        this.name = 'PrismaCommandError';
    }
}

/** The Prisma CLI of the user's project, falling back to the one next to zenstack. */
export function resolvePrismaCli(projectDir: string): string {
    for (const base of [join(projectDir, 'package.json'), import.meta.url]) {
        try {
            return createRequire(base).resolve('prisma/build/index.js');
        } catch {
            // try the next location
        }
    }
    throw new Error(`cannot find the Prisma CLI: install it in your project (npm i -D prisma@6.19)`);
}

/**
 * Runs a Prisma CLI command in `cwd` (where a `prisma.config.ts` is honoured), with the
 * long-timer workaround preloaded so the process exits as soon as the command is done.
 */
export function runPrismaCommand(args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<PrismaCommandResult> {
    const cli = resolvePrismaCli(options.cwd);
    const nodeOptions = [process.env.NODE_OPTIONS, `--require ${JSON.stringify(UNREF_TIMERS)}`].filter(Boolean).join(' ');
    return new Promise((resolvePromise, reject) => {
        const child = spawn(process.execPath, [cli, ...args], {
            cwd: options.cwd,
            env: { ...process.env, ...options.env, NODE_OPTIONS: nodeOptions, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('error', reject);
        child.on('close', (code) => {
            if (code === 0) resolvePromise({ stdout, stderr });
            else reject(new PrismaCommandError(args, code, stdout, stderr));
        });
    });
}

export function isPrismaCommandError(error: unknown): error is PrismaCommandError {
    return error instanceof Error && (error as { code?: unknown }).code === 'PRISMA_COMMAND_FAILED';
}
