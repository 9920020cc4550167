import type { ModelMeta } from '@zenstackhq/sdk';
import { describe, expect, it } from 'vitest';
import { enhance } from './enhance.js';
import type { EnhancementKind } from './pipeline/enhancement.js';
import { getEnhancedClientScope } from './proxy/client-proxy.js';
import { isEnhancedClient } from './proxy/is-enhanced-client.js';

const modelMeta: ModelMeta = { provider: 'sqlite', models: {}, enums: {} };

describe('enhance', () => {
    it('wraps a client and leaves other properties alone', () => {
        const client = { $connect: () => 'connected', version: 6 };
        const db = enhance(client, {}, { modelMeta });
        expect(isEnhancedClient(db)).toBe(true);
        expect(isEnhancedClient(client)).toBe(false);
        expect(db.version).toBe(6);
        expect(db.$connect()).toBe('connected');
    });

    it('replaces the context when enhancing an enhanced client', () => {
        const client = {};
        const first = enhance(client, { user: { id: 1 } }, { modelMeta });
        const second = enhance(first, { user: { id: 2 } }, { modelMeta });
        expect(getEnhancedClientScope(second)?.db).toBe(client);
        expect(getEnhancedClientScope(second)?.pipeline.env.context).toEqual({ user: { id: 2 } });
    });

    it('composes the layers options.kinds selects, and those the schema needs', () => {
        const layers = (kinds?: EnhancementKind[]) =>
            getEnhancedClientScope(enhance({}, {}, { modelMeta, kinds }))?.pipeline.enhancements.map((e) => e.kind);
        expect(layers(['policy'])).toEqual(['policy']);
        expect(layers([])).toEqual([]);
        // this schema has no polymorphic models: the delegate layer is left out
        expect(layers(undefined)).toEqual(['policy']);
    });
});
