// Bundles the CLI into dist/cli-bundle: loading Langium's and Chevrotain's module graphs (with
// lodash-es, over a thousand files) costs ~0.6 s per `zenstack` run; the bundle loads in ~0.1 s.
// Packages the CLI loads only sometimes (ts-morph) or that must stay one instance with the
// user's (Prisma, the sdk plugins import) stay external; lazy imports become their own chunks.
import { rm } from 'node:fs/promises';
import { build } from 'esbuild';

// chunks are named by hash: old ones would pile up
await rm('dist/cli-bundle', { recursive: true, force: true });

await build({
    entryPoints: { zenstack: 'dist/cli/main.js' },
    outdir: 'dist/cli-bundle',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunk-[hash]',
    sourcemap: 'linked',
    external: ['ts-morph', 'typescript', 'prisma', '@prisma/*', '@zenstackhq/sdk', 'zod'],
    // CommonJS dependencies (vscode-jsonrpc) require Node's built-ins
    banner: { js: "import { createRequire as __zenstackCreateRequire } from 'node:module'; const require = __zenstackCreateRequire(import.meta.url);" },
    logLevel: 'warning',
});
