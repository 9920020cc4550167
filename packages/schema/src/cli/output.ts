import pc from 'picocolors';

/** How the CLI talks: step lines, warnings and a summary; colour only on a TTY. */
export interface Reporter {
    step(message: string): void;
    warn(message: string): void;
    info(message: string): void;
    success(message: string): void;
    error(message: string): void;
    readonly color: boolean;
}

export function createReporter(options: { stream?: NodeJS.WriteStream; errorStream?: NodeJS.WriteStream; quiet?: boolean } = {}): Reporter {
    const out = options.stream ?? process.stdout;
    const err = options.errorStream ?? process.stderr;
    const color = Boolean(out.isTTY) && !process.env.NO_COLOR;
    const c = pc.createColors(color);
    const write = (stream: NodeJS.WriteStream, line: string) => stream.write(line + '\n');
    const started = Date.now();
    return {
        color,
        step: (message) => options.quiet || write(out, `${c.cyan('•')} ${message}`),
        info: (message) => options.quiet || write(out, message),
        warn: (message) => write(err, `${c.yellow('warning:')} ${message}`),
        success: (message) => write(out, `${c.green('✔')} ${message} ${c.dim(`(${Date.now() - started} ms)`)}`),
        error: (message) => write(err, `${c.red('error:')} ${message}`),
    };
}
