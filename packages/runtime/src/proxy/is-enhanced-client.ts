import { getEnhancedClientScope } from './client-proxy.js';

/** Whether `value` is a client returned by `enhance()` (or its transaction or `$extends` client). */
export function isEnhancedClient(value: unknown): boolean {
    return getEnhancedClientScope(value) !== undefined;
}
