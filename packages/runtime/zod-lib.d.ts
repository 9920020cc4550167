// The zod the generated schemas are built with (see zod-lib.cjs).
export * from 'zod';
