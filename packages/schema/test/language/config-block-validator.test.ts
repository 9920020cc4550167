import { describe, expect, it } from 'vitest';
import { errorsOf, zmodel } from './language-test-utils.js';

describe('generator and plugin validation', () => {
    it('rejects a generator without a provider', async () => {
        const errors = await errorsOf(zmodel`
            generator client {
                output = "./client"
            }
        `);
        expect(errors).toEqual(["1:11 generator 'client' has no provider [missing-provider]"]);
    });

    it('rejects a plugin without a provider', async () => {
        const errors = await errorsOf(zmodel`
            plugin hooks {
                output = './hooks'
            }
        `);
        expect(errors).toEqual(["1:8 plugin 'hooks' has no provider [missing-provider]"]);
    });

    it('rejects a key given twice', async () => {
        const errors = await errorsOf(zmodel`
            generator client {
                provider = "prisma-client-js"
                provider = "prisma-client"
            }
        `);
        expect(errors).toEqual(["3:5 duplicate key 'provider' in generator 'client' [duplicate-config-field]"]);
    });

    it('accepts literal, list and object plugin options', async () => {
        const errors = await errorsOf(zmodel`
            plugin openapi {
                provider = '@zenstackhq/openapi'
                flags    = [1, 'two', true]
                security = { basic: { type: 'http', scheme: 'basic' }, 'x-key': 'a' }
            }
        `);
        expect(errors).toEqual([]);
    });
});
