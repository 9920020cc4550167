import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/generate.js';
import { createTempProject } from '../../helpers/temp-project.js';

describe('the @core/zod plugin', () => {
    it('writes the schemas into the output package, exported as ./zod, and a copy where its block says', async () => {
        const dir = createTempProject({
            'schema.zmodel': `
datasource db {
    provider = "sqlite"
    url      = "file:./dev.db"
}

plugin zod {
    provider = '@core/zod'
    output   = './src/zod'
}

model User {
    id    Int    @id @default(autoincrement())
    email String @email
}
`,
        });
        await generate({ schemaFile: join(dir, 'schema.zmodel'), prismaGenerate: false });
        const output = join(dir, 'node_modules', '.zenstack');
        const manifest = JSON.parse(readFileSync(join(output, 'package.json'), 'utf8'));
        expect(manifest.exports['./zod']).toEqual({ types: './zod/index.d.ts', default: './zod/index.js' });
        const generated = readFileSync(join(output, 'zod', 'index.js'), 'utf8');
        expect(generated).toContain('email: z.string().check(z.email()),');
        expect(readFileSync(join(dir, 'src', 'zod', 'index.js'), 'utf8')).toBe(generated);
        expect(readFileSync(join(dir, 'src', 'zod', 'index.d.ts'), 'utf8')).toContain('export declare const UserCreateSchema');
        // CommonJS, even inside an ESM package
        expect(JSON.parse(readFileSync(join(dir, 'src', 'zod', 'package.json'), 'utf8'))).toEqual({ type: 'commonjs' });
    });
});
