// Starts a Prisma CLI command before its input exists:
//   node prisma-cli-prestart.cjs <prisma/build/index.js> ...args
// Loading Prisma's CLI bundle takes about a second, as long as compiling a schema, so testtools
// loads it while the compiler runs and lets the command itself run only when a line arrives on
// stdin. The bundle calls its main function as `eval("require.main === module")&&main()`; that
// call is deferred until the signal. If the bundle looks different, it is loaded after the signal
// instead, which is only slower.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const cliFile = fs.realpathSync(process.argv[2]);
process.argv.splice(1, 2, cliFile); // [node, cli, ...args]: the CLI reads them while loading

let release;
const signal = new Promise((resolve) => (release = resolve));
process.stdin.once('data', () => {
    process.stdin.destroy();
    release();
});
// the parent went away without asking for the command
process.stdin.once('end', () => process.exit(1));
globalThis.__zenstackPrismaCliSignal = () => signal;

const source = fs.readFileSync(cliFile, 'utf8').replace(/^#!.*/, '');
const MAIN_CALL = /eval\("require\.main === module"\)&&([\w$]+)\(\)/;

const cliModule = new Module(cliFile, module);
cliModule.filename = cliFile;
cliModule.paths = Module._nodeModulePaths(path.dirname(cliFile));
const requireFromCli = Module.createRequire(cliFile);
requireFromCli.main = cliModule;
const load = (code) =>
    vm.runInThisContext(Module.wrap(code), { filename: cliFile })(cliModule.exports, requireFromCli, cliModule, cliFile, path.dirname(cliFile));

if (MAIN_CALL.test(source)) load(source.replace(MAIN_CALL, 'globalThis.__zenstackPrismaCliSignal().then(()=>$1())'));
else void signal.then(() => load(source));
