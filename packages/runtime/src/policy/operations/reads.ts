import { andWhere } from '../filter.js';
import type { PolicyCall } from '../policy-call.js';
import { guardWhere, idOf } from '../read-guards.js';
import { guardedFind, type FindOperation } from '../guarded-read.js';

/** Reads: the rules become part of the query, so paging and `*OrThrow` see only readable rows. */
export function find(call: PolicyCall, operation: FindOperation): Promise<unknown> {
    return guardedFind(call.meta, call.guards, call.model, operation, call.args, call.run);
}

/** count, aggregate and groupBy over the readable rows only. */
export async function aggregateRead(call: PolicyCall, operation: 'count' | 'aggregate' | 'groupBy'): Promise<unknown> {
    const where = andWhere(guardWhere(call.meta, call.guards, call.model, call.args.where), call.guards.guard(call.model, 'read'), idOf(call.meta, call.model));
    return call.run(call.model, operation, { ...call.args, ...(where ? { where } : {}) });
}

