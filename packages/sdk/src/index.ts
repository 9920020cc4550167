export * from './ir/expression.js';
export * from './ir/schema.js';
export * from './ir/schema-queries.js';
export * from './naming.js';
export * from './model-meta.js';
export * from './policy-def.js';
