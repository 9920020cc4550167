// Preloaded (NODE_OPTIONS=--require) into every Prisma CLI process testtools spawns.
// Prisma 6.19's wasm schema engine leaves 10 s / 60 s timers armed after a command is done;
// unref'ing long timers lets the process exit as soon as its work is finished.
'use strict';
const originalSetTimeout = global.setTimeout;
global.setTimeout = function setTimeout(fn, ms, ...rest) {
    const timer = originalSetTimeout.call(this, fn, ms, ...rest);
    if (ms >= 10000 && timer && typeof timer.unref === 'function') timer.unref();
    return timer;
};
