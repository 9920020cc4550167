/** ZenStack's assertions on promises of Prisma operations; each is awaited: `await expect(p).toBeNotFound()`. */
export interface ZenStackMatchers<R = unknown> {
    /** rejects with Prisma error P2004 (denied by an access policy), whose message contains each of `messages` */
    toBeRejectedByPolicy(messages?: readonly string[]): Promise<R>;
    /** rejects with Prisma error P2025 (not found) */
    toBeNotFound(): Promise<R>;
    /** rejects with a `PrismaClientKnownRequestError` of the given code */
    toBeRejectedWithCode(code: string): Promise<R>;
    /** resolves to a truthy value */
    toResolveTruthy(): Promise<R>;
    /** resolves to a falsy value */
    toResolveFalsy(): Promise<R>;
    /** resolves to null */
    toResolveNull(): Promise<R>;
    /** resolves to an array (or anything with a length) of the given length */
    toResolveWithLength(length: number): Promise<R>;
}

declare module 'vitest' {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-empty-object-type
    interface Matchers<T = any> extends ZenStackMatchers<T> {}
    // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-empty-object-type
    interface Assertion<T = any> extends ZenStackMatchers<T> {}
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface AsymmetricMatchersContaining extends ZenStackMatchers {}
}
