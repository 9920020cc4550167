// Prisma 6.19's wasm schema engine leaves 10 s / 60 s timers armed and the CLI then idles
// until they fire; preloaded with --require, this lets the process exit when its work is done.
const original = global.setTimeout;
global.setTimeout = function (fn, ms, ...rest) {
    const timer = original.call(this, fn, ms, ...rest);
    if (ms >= 10000 && timer && typeof timer.unref === 'function') timer.unref();
    return timer;
};
