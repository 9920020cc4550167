/**
 * With ZENSTACK_TESTTOOLS_DEBUG set, prints how long each step of a project build takes (stderr).
 * @example const mark = createDebugTimer('build'); ...; mark('prisma generate');
 */
export function createDebugTimer(label: string): (step: string) => void {
    if (!process.env.ZENSTACK_TESTTOOLS_DEBUG) return () => undefined;
    const start = performance.now();
    let last = start;
    return (step) => {
        const now = performance.now();
        process.stderr.write(`[testtools] ${label}: ${step} +${Math.round(now - last)} ms (${Math.round(now - start)} ms)\n`);
        last = now;
    };
}
