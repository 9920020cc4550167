import { describe, expect, it } from 'vitest';
import { isDataModel } from '../../src/language/generated/ast.js';
import { formatDiagnostic, loadFiles, zmodel } from './language-test-utils.js';

const DATASOURCE = 'datasource db {\n    provider = "sqlite"\n}\n';

describe('imports', () => {
    it('loads imported files, with or without the .zmodel extension, and links across them', async () => {
        const workspace = await loadFiles({
            '/app/schema.zmodel': `import './models/user'\nimport "./models/post.zmodel"\n${DATASOURCE}`,
            '/app/models/user.zmodel': zmodel`
                import 'role'
                model User {
                    id    Int    @id
                    role  Role
                    posts Post[]
                }
            `,
            '/app/models/role.zmodel': 'enum Role { USER ADMIN }\n',
            '/app/models/post.zmodel': zmodel`
                import './user'
                model Post {
                    id       Int  @id
                    author   User @relation(fields: [authorId], references: [id])
                    authorId Int
                }
            `,
        });
        expect(workspace.diagnostics.map(formatDiagnostic)).toEqual([]);
        expect(workspace.documents.map((d) => d.uri.path)).toEqual([
            '/app/schema.zmodel',
            '/app/models/user.zmodel',
            '/app/models/post.zmodel',
            '/app/models/role.zmodel',
        ]);
        const post = workspace.documents[2]!.parseResult.value.declarations[0];
        expect(isDataModel(post) && post.fields[1]!.type.reference?.ref?.$container.$document?.uri.path).toBe('/app/models/user.zmodel');
    });

    it('loads each file of an import cycle once', async () => {
        const workspace = await loadFiles({
            '/schema.zmodel': `import 'a'\n${DATASOURCE}`,
            '/a.zmodel': "import 'b'\nmodel A {\n    id Int @id\n    b  B[]\n}\n",
            '/b.zmodel': "import 'a'\nimport 'schema'\nmodel B {\n    id  Int @id\n    a   A   @relation(fields: [aId], references: [id])\n    aId Int\n}\n",
        });
        expect(workspace.diagnostics.map(formatDiagnostic)).toEqual([]);
        expect(workspace.documents.map((d) => d.uri.path)).toEqual(['/schema.zmodel', '/a.zmodel', '/b.zmodel']);
    });

    it('reports a missing import at the import statement', async () => {
        const { diagnostics } = await loadFiles({
            '/app/schema.zmodel': `import 'models/user'\nimport './missing'\n${DATASOURCE}`,
            '/app/models/user.zmodel': 'model User {\n    id Int @id\n}\n',
        });
        expect(diagnostics.map((d) => `${d.file} ${formatDiagnostic(d)}`)).toEqual([
            "/app/schema.zmodel 2:1 cannot find imported file './missing' (looked for /app/missing.zmodel) [unresolved-import]",
        ]);
    });

    it('reports a problem in an imported file against that file', async () => {
        const { diagnostics } = await loadFiles({
            '/schema.zmodel': `import 'user'\n${DATASOURCE}`,
            '/user.zmodel': 'model User {\n    id   Int @id\n    role Role\n}\n',
        });
        expect(diagnostics.map((d) => `${d.file} ${formatDiagnostic(d)}`)).toEqual(["/user.zmodel 3:10 unknown type 'Role' [linking-error]"]);
    });

    it('does not see declarations of files that are not imported', async () => {
        const { diagnostics } = await loadFiles({
            '/schema.zmodel': `${DATASOURCE}model User {\n    id   Int @id\n    role Role\n}\n`,
            '/role.zmodel': 'enum Role { USER }\n',
        });
        expect(diagnostics.map(formatDiagnostic)).toEqual(["6:10 unknown type 'Role' [linking-error]"]);
    });
});
