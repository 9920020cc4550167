import type { DelegateHierarchy } from '../hierarchy.js';
import type { Plain } from './paths.js';

/**
 * A nested write Prisma cannot nest for a polymorphic model, run in the same transaction after
 * the main one: the rows of `model` that `filter` (logical) selects are updated per table, by
 * id, or deleted at the top base.
 */
export type SideWrite =
    | { readonly kind: 'updateMany'; readonly model: string; readonly filter: Plain | undefined; readonly levels: ReadonlyMap<string, Plain> }
    | { readonly kind: 'deleteMany'; readonly model: string; readonly filter: Plain | undefined };

/** What rewriting one write operation's data needs and collects. */
export interface WriteContext {
    readonly h: DelegateHierarchy;
    /** the id fields of the row a unique filter on inherited fields finds, or null */
    readonly resolveUnique: (model: string, where: Plain) => Promise<Plain | null>;
    /** the time every `@updatedAt` of this operation gets */
    readonly now: Date;
    readonly sideWrites: SideWrite[];
    /** set when rows of concrete models may have been deleted without their base rows */
    needsOrphanCleanup: boolean;
}

export function createWriteContext(h: DelegateHierarchy, resolveUnique: WriteContext['resolveUnique']): WriteContext {
    return { h, resolveUnique, now: new Date(), sideWrites: [], needsOrphanCleanup: false };
}
