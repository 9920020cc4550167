// Preloaded into Prisma 6.19 CLI processes: its wasm schema engine leaves 10 s / 60 s timers
// armed after a command has finished, which keeps the process alive that long. Unref them.
const originalSetTimeout = global.setTimeout;
global.setTimeout = function (fn, ms, ...rest) {
    const timer = originalSetTimeout.call(this, fn, ms, ...rest);
    if (ms >= 10000 && timer && typeof timer.unref === 'function') timer.unref();
    return timer;
};
