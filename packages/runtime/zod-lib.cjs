'use strict';
// The zod the generated schemas (node_modules/.zenstack/zod) are built with: the runtime's own,
// so a project needs no zod of its own to load them.
module.exports = require('zod');
