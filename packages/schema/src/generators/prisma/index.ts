export { generatePrismaSchema, type PrismaSchemaOptions } from './prisma-schema-generator.js';
