import type { SchemaDef } from '@zenstackhq/sdk';
import { compileSchema } from '../../src/compile.js';
import { memoryReader } from '../../src/language/workspace-loader.js';

export const SQLITE_DATASOURCE = `datasource db {\n    provider = "sqlite"\n    url = "file:./dev.db"\n}\n`;

/** Compiles inline ZModel (plus imported files) in memory; throws SchemaError when invalid. */
export async function compileText(zmodel: string, extraFiles: Record<string, string> = {}): Promise<SchemaDef> {
    const files = { '/memory/schema.zmodel': zmodel, ...Object.fromEntries(Object.entries(extraFiles).map(([k, v]) => [`/memory/${k}`, v])) };
    const { schema } = await compileSchema('/memory/schema.zmodel', memoryReader(files));
    return schema;
}
