import { spawn } from 'node:child_process';

/**
 * Spawns a process and resolves with its wall time in ms; rejects with its output when it fails.
 * With `timeoutMs`, a process still running then is killed and resolves with `{ timedOut: ms }`.
 */
export function timedProcess(command, args, { timeoutMs, ...options }) {
    return new Promise((resolve, reject) => {
        const start = process.hrtime.bigint();
        const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
        const timer = timeoutMs ? setTimeout(() => child.kill('SIGKILL'), timeoutMs) : undefined;
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('error', reject);
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            const ms = Number(process.hrtime.bigint() - start) / 1e6;
            if (code === 0) resolve(ms);
            else if (signal === 'SIGKILL' && timeoutMs) resolve({ timedOut: timeoutMs });
            else reject(new Error(`${args.slice(1, 3).join(' ')} failed (exit ${code}): ${output.trim().split('\n').slice(-8).join('\n')}`));
        });
    });
}
