import type { DelegateHierarchy } from '../hierarchy.js';
import type { Plain } from './paths.js';

/** A write Prisma cannot nest, run in the same transaction after the main one. */
export interface SideWrite {
    readonly model: string;
    readonly operation: 'updateMany' | 'deleteMany';
    readonly args: Plain;
}

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
