import { describe, expect, it } from 'vitest';
import { errorsOf, zmodel } from './language-test-utils.js';

describe('datasource validation', () => {
    it.each(['postgresql', 'mysql', 'sqlite', 'sqlserver', 'mongodb', 'cockroachdb'])('accepts provider %s', async (provider) => {
        expect(await errorsOf(`datasource db {\n    provider = "${provider}"\n    url = env("DATABASE_URL")\n}\n`)).toEqual([]);
    });

    it('rejects a datasource without a provider', async () => {
        const errors = await errorsOf(zmodel`
            datasource db {
                url = env("DATABASE_URL")
            }
        `);
        expect(errors).toEqual([
            "1:12 datasource 'db' has no provider: add provider = \"postgresql\" (or mysql, sqlite, sqlserver, mongodb, cockroachdb) [missing-provider]",
        ]);
    });

    it('rejects an unknown provider', async () => {
        const errors = await errorsOf(zmodel`
            datasource db {
                provider = "oracle"
            }
        `);
        expect(errors).toEqual([
            "2:16 unknown datasource provider 'oracle': expected one of postgresql, mysql, sqlite, sqlserver, mongodb, cockroachdb [unknown-provider]",
        ]);
    });

    it('rejects a provider that is not a string', async () => {
        const errors = await errorsOf(zmodel`
            datasource db {
                provider = env("PROVIDER")
            }
        `);
        expect(errors).toEqual([`2:16 the provider of datasource 'db' must be a string such as "postgresql" [invalid-provider]`]);
    });

    it('rejects a key given twice', async () => {
        const errors = await errorsOf(zmodel`
            datasource db {
                provider = "sqlite"
                url      = "file:a.db"
                url      = "file:b.db"
            }
        `);
        expect(errors).toEqual(["4:5 duplicate key 'url' in datasource 'db' [duplicate-config-field]"]);
    });
});
