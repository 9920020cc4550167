import { spawnSync } from 'node:child_process';
import { CLI } from './temp-project.js';

export interface CliRun {
    readonly status: number | null;
    readonly stdout: string;
    readonly stderr: string;
}

/** Runs the built `zenstack` bin in `cwd`, as a user's shell would (no TTY, so no colour). */
export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliRun {
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env, NO_COLOR: '1' } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
