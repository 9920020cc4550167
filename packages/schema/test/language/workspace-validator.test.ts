import { describe, expect, it } from 'vitest';
import { formatDiagnostic, loadFiles, zmodel } from './language-test-utils.js';

describe('workspace validation', () => {
    it('rejects a schema without a datasource', async () => {
        const { diagnostics } = await loadFiles({ '/schema.zmodel': 'model User {\n    id Int @id\n}\n' });
        expect(diagnostics.map(formatDiagnostic)).toEqual(['1:1 the schema has no datasource: declare exactly one `datasource` block [datasource-count]']);
    });

    it('rejects a second datasource, even in another file', async () => {
        const { diagnostics } = await loadFiles({
            '/schema.zmodel': zmodel`
                import 'other'
                datasource db {
                    provider = "sqlite"
                }
            `,
            '/other.zmodel': zmodel`
                datasource other {
                    provider = "sqlite"
                }
            `,
        });
        expect(diagnostics.map((d) => `${d.file} ${formatDiagnostic(d)}`)).toEqual(['/other.zmodel 1:1 only one datasource is allowed in a schema [datasource-count]']);
    });

    it('rejects a name declared twice across files', async () => {
        const { diagnostics } = await loadFiles({
            '/schema.zmodel': zmodel`
                import 'other'
                datasource db {
                    provider = "sqlite"
                }
                model User {
                    id Int @id
                }
            `,
            '/other.zmodel': zmodel`
                enum User { A }
            `,
        });
        expect(diagnostics.map((d) => `${d.file} ${formatDiagnostic(d)}`)).toEqual([
            "/other.zmodel 1:1 duplicate declaration: 'User' is already declared [duplicate-name]",
        ]);
    });
});
