/**
 * Times several functions that do the same job, interleaved call by call, so that a change in
 * machine load hits every side alike. A side whose call throws is dropped with its error.
 * Returns one `{ median, p95 }` or `{ error }` per function, in order.
 */
export async function measureSides(fns, { runs = 200, warmup = 20 } = {}) {
    const times = fns.map(() => []);
    const errors = fns.map(() => undefined);
    for (let i = 0; i < warmup + runs; i++) {
        for (let s = 0; s < fns.length; s++) {
            if (errors[s]) continue;
            const start = process.hrtime.bigint();
            try {
                await fns[s]();
            } catch (error) {
                errors[s] = error;
                continue;
            }
            if (i >= warmup) times[s].push(Number(process.hrtime.bigint() - start) / 1e6);
        }
    }
    return times.map((t, s) => (errors[s] ? { error: errors[s] } : summarize(t)));
}

function summarize(times) {
    const sorted = [...times].sort((a, b) => a - b);
    return { median: sorted[Math.floor(sorted.length / 2)], p95: sorted[Math.floor(sorted.length * 0.95)] };
}
