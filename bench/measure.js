/** Median and p95 in milliseconds of `runs` timed calls of `fn`, after `warmup` untimed ones. */
export async function measure(fn, { runs = 200, warmup = 20 } = {}) {
    for (let i = 0; i < warmup; i++) await fn();
    const times = [];
    for (let i = 0; i < runs; i++) {
        const start = process.hrtime.bigint();
        await fn();
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    times.sort((a, b) => a - b);
    return { median: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)] };
}
