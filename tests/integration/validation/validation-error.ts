import { expect } from 'vitest';

/** What a test reads from a P2004 DATA_VALIDATION_VIOLATION: which fields failed, and why. */
export interface ValidationFailure {
    readonly message: string;
    /** issue messages by field path (`profile.age`), '' for issues of the whole object */
    readonly fields: Record<string, string[]>;
    readonly meta: Record<string, unknown>;
}

/** Awaits a write that validation must reject, and returns what the error says. */
export async function validationFailure(write: Promise<unknown>): Promise<ValidationFailure> {
    const error = (await write.then(
        () => expect.fail('expected the write to be rejected by validation'),
        (e: unknown) => e,
    )) as { name: string; code: string; message: string; meta: Record<string, unknown> };
    expect(error.name).toBe('PrismaClientKnownRequestError');
    expect(error.code).toBe('P2004');
    expect(error.meta.reason).toBe('DATA_VALIDATION_VIOLATION');
    const issues = (error.meta.zodErrors as { issues: { path: PropertyKey[]; message: string }[] }).issues;
    const fields: Record<string, string[]> = {};
    for (const issue of issues) (fields[issue.path.map(String).join('.')] ??= []).push(issue.message);
    return { message: error.message, fields, meta: error.meta };
}
