import { andUniqueWhere, andWhere } from '../filter.js';
import type { PolicyCall } from '../policy-call.js';
import { guardRead, guardWhere, idOf } from '../read-guards.js';
import { applyToOneChecks } from '../to-one-checks.js';
import { applyFieldReadRules, applyNestedFieldReadRules } from '../field-guards.js';
import { applySubModelReadRules } from '../sub-model-rules.js';
import type { Plain } from '../../delegate/rewrite/paths.js';

type FindOperation = 'findUnique' | 'findUniqueOrThrow' | 'findFirst' | 'findFirstOrThrow' | 'findMany';

/** Reads: the rules become part of the query, so paging and `*OrThrow` see only readable rows. */
export async function find(call: PolicyCall, operation: FindOperation): Promise<unknown> {
    const unique = operation === 'findUnique' || operation === 'findUniqueOrThrow';
    const guarded = guardRead(call.meta, call.guards, call.model, call.args, unique);
    const findAllowed = async (model: string, where: Plain, select: Plain) => (await call.run(model, 'findMany', { where, select })) as Plain[];
    const result = await call.run(call.model, operation, guarded.args);
    const checked = await applyToOneChecks(call.meta, result, guarded.toOneChecks, findAllowed);
    await applyNestedFieldReadRules(call.meta, call.guards, call.model, guarded.args, checked, findAllowed);
    const withFields = await applyFieldReadRules(call.meta, call.guards, call.model, checked, findAllowed);
    return applySubModelReadRules(call.meta, call.guards, call.model, withFields, findAllowed);
}

/** count, aggregate and groupBy over the readable rows only. */
export async function aggregateRead(call: PolicyCall, operation: 'count' | 'aggregate' | 'groupBy'): Promise<unknown> {
    const where = andWhere(guardWhere(call.meta, call.guards, call.model, call.args.where), call.guards.guard(call.model, 'read'), idOf(call.meta, call.model));
    return call.run(call.model, operation, { ...call.args, ...(where ? { where } : {}) });
}

export { andUniqueWhere };
