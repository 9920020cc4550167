import { isPrismaClientKnownRequestError } from '@zenstackhq/runtime';
import type { AnyPrismaClient } from '@zenstackhq/testtools';
import { UNEXPECTED, VALIDATION, type Operation, type Outcome } from './operation.js';

/** Freezes the arguments: the runtime must not change the caller's objects. */
function deepFreeze<T>(value: T): T {
    if (typeof value === 'object' && value !== null) {
        for (const inner of Object.values(value)) deepFreeze(inner);
        Object.freeze(value);
    }
    return value;
}

/** Runs an operation on a client (with its fluent steps) and captures its result or error. */
export async function execute(client: AnyPrismaClient, operation: Operation): Promise<Outcome> {
    try {
        const delegate = client[operation.model[0]!.toLowerCase() + operation.model.slice(1)];
        let pending = delegate[operation.kind](deepFreeze(structuredClone(operation.args)));
        for (const step of operation.fluent ?? []) pending = pending[step.field](step.args === undefined ? undefined : deepFreeze(structuredClone(step.args)));
        return { status: 'ok', value: await pending };
    } catch (error) {
        if (isPrismaClientKnownRequestError(error)) {
            const reason = error.meta?.reason;
            return { status: 'error', code: error.code, ...(typeof reason === 'string' ? { reason } : {}), message: error.message };
        }
        const name = error instanceof Error ? error.name : typeof error;
        const message = error instanceof Error ? error.message : String(error);
        return { status: 'error', code: name === 'PrismaClientValidationError' ? VALIDATION : UNEXPECTED, message: `${name}: ${message}` };
    }
}
