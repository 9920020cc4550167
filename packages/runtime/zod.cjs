'use strict';
// The zod schemas `zenstack generate` writes into node_modules/.zenstack/zod: found from this
// package, else from the working folder, since a linked runtime (workspaces, `npm link`) lives
// outside the project.
const { createRequire } = require('node:module');
const { join } = require('node:path');

function loadZodSchemas() {
    try {
        return require('.zenstack/zod');
    } catch (error) {
        if (error.code !== 'MODULE_NOT_FOUND') throw error;
        return createRequire(join(process.cwd(), 'noop.js'))('.zenstack/zod');
    }
}

module.exports = loadZodSchemas();
