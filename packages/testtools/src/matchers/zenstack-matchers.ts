import { inspect } from 'node:util';
import { isPrismaClientKnownRequestError } from '@zenstackhq/runtime';

/** What a Vitest/Jest matcher returns. */
export interface MatcherResult {
    readonly pass: boolean;
    readonly message: () => string;
}

type Settled = { readonly resolved: true; readonly value: unknown } | { readonly resolved: false; readonly error: unknown };

async function settle(received: unknown): Promise<Settled | undefined> {
    if (typeof (received as PromiseLike<unknown> | null)?.then !== 'function') return undefined;
    try {
        return { resolved: true, value: await (received as PromiseLike<unknown>) };
    } catch (error) {
        return { resolved: false, error };
    }
}

const show = (value: unknown) => inspect(value, { depth: 3, breakLength: Infinity });
const describeError = (error: unknown) =>
    isPrismaClientKnownRequestError(error) ? `${error.code}: ${error.message}` : error instanceof Error ? `${error.name}: ${error.message}` : show(error);
const notAPromise = (received: unknown): MatcherResult => ({ pass: false, message: () => `expected a promise, got ${show(received)}` });

async function expectRejectionWithCode(received: unknown, code: string, what: string, messages: readonly string[] = []): Promise<MatcherResult> {
    const settled = await settle(received);
    if (!settled) return notAPromise(received);
    if (settled.resolved) return { pass: false, message: () => `expected ${what} (${code}), but it resolved to ${show(settled.value)}` };
    const { error } = settled;
    if (!isPrismaClientKnownRequestError(error, code)) {
        return { pass: false, message: () => `expected ${what} (${code}), but got ${describeError(error)}` };
    }
    const missing = messages.find((m) => !error.message.includes(m));
    if (missing !== undefined) {
        return { pass: false, message: () => `expected the ${code} error message to contain ${show(missing)}, got ${show(error.message)}` };
    }
    return { pass: true, message: () => `expected not ${what} (${code}), but got ${describeError(error)}` };
}

async function expectResolution(received: unknown, what: string, test: (value: unknown) => boolean): Promise<MatcherResult> {
    const settled = await settle(received);
    if (!settled) return notAPromise(received);
    if (!settled.resolved) return { pass: false, message: () => `expected to resolve ${what}, but it rejected with ${describeError(settled.error)}` };
    const pass = test(settled.value);
    return { pass, message: () => `expected to ${pass ? 'not ' : ''}resolve ${what}, got ${show(settled.value)}` };
}

/** The matcher implementations, for `expect.extend`. */
export const zenstackMatchers = {
    toBeRejectedByPolicy(received: unknown, messages?: readonly string[]) {
        return expectRejectionWithCode(received, 'P2004', 'a rejection by policy', messages);
    },
    toBeNotFound(received: unknown) {
        return expectRejectionWithCode(received, 'P2025', 'a not-found rejection');
    },
    toBeRejectedWithCode(received: unknown, code: string) {
        return expectRejectionWithCode(received, code, 'a rejection');
    },
    toResolveTruthy(received: unknown) {
        return expectResolution(received, 'truthy', (value) => !!value);
    },
    toResolveFalsy(received: unknown) {
        return expectResolution(received, 'falsy', (value) => !value);
    },
    toResolveNull(received: unknown) {
        return expectResolution(received, 'to null', (value) => value === null);
    },
    toResolveWithLength(received: unknown, length: number) {
        return expectResolution(
            received,
            `with length ${length}`,
            (value) => (value as { length?: unknown } | null | undefined)?.length === length,
        );
    },
};

/**
 * Adds ZenStack's matchers to Vitest's `expect`; or add `@zenstackhq/testtools/setup` to `setupFiles`.
 * @example import { expect } from 'vitest'; installMatchers(expect);
 */
export function installMatchers(expect: { extend(matchers: Record<string, unknown>): void }): void {
    expect.extend(zenstackMatchers);
}
