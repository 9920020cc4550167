import type { ModelName, State } from './data-model.js';
import type { Plain } from './where-filter.js';

export const READ_KINDS = ['findMany', 'findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'count', 'aggregate', 'groupBy'] as const;
export const WRITE_KINDS = ['create', 'createMany', 'createManyAndReturn', 'update', 'updateMany', 'updateManyAndReturn', 'upsert', 'delete', 'deleteMany'] as const;
export type ReadKind = (typeof READ_KINDS)[number];
export type WriteKind = (typeof WRITE_KINDS)[number];
export type OperationKind = ReadKind | WriteKind;

/** A relation accessor of Prisma's fluent API: `.posts(args)`. */
export interface FluentStep {
    readonly field: string;
    readonly args?: Plain;
}

/** One call on a model of the enhanced client, as data. */
export interface Operation {
    readonly model: ModelName;
    readonly kind: OperationKind;
    readonly args: Plain;
    /** fluent relation steps after a findUnique/findFirst */
    readonly fluent?: readonly FluentStep[];
}

export function isWrite(operation: Operation): boolean {
    return (WRITE_KINDS as readonly string[]).includes(operation.kind);
}

/** Error codes besides Prisma's: a PrismaClientValidationError, and anything else. */
export const VALIDATION = 'VALIDATION';
export const UNEXPECTED = 'UNEXPECTED';

/** What an operation did: its result, or its error (Prisma code and P2004's `meta.reason`). */
export type Outcome =
    | { readonly status: 'ok'; readonly value: unknown }
    | { readonly status: 'error'; readonly code: string; readonly reason?: string; readonly message?: string };

/** What the oracle says an operation must do: the outcome and the database state after it. */
export type Expected =
    | { readonly status: 'ok'; readonly value: unknown; readonly state: State }
    /** any of `codes`; `reason` is checked when the error is P2004 */
    | { readonly status: 'error'; readonly codes: readonly string[]; readonly reason?: string; readonly state: State };

export const ACCESS_POLICY_VIOLATION = 'ACCESS_POLICY_VIOLATION';
export const RESULT_NOT_READABLE = 'RESULT_NOT_READABLE';
