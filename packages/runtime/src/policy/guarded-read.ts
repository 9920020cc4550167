import type { ModelMeta } from '@zenstackhq/sdk';
import type { Plain } from '../delegate/rewrite/paths.js';
import type { PrismaOperation } from '../prisma/prisma-operations.js';
import type { PolicyGuards } from './policy-guards.js';
import { guardRead, removeAddedIds } from './read-guards.js';
import { applyToOneChecks, collect } from './to-one-checks.js';
import { applyFieldReadRules, applyNestedFieldReadRules } from './field-guards.js';
import { applySubModelReadRules } from './sub-model-rules.js';

export type FindOperation = 'findUnique' | 'findUniqueOrThrow' | 'findFirst' | 'findFirstOrThrow' | 'findMany';

type Run = (model: string, operation: PrismaOperation, args: Plain) => Promise<unknown>;

/**
 * A find as the user may see it: the rules in the query, then the checks a filter can't express
 * (optional to-one relations, field rules, a polymorphic base's concrete rules), each one query
 * per relation path or guarded field whatever the number of rows.
 */
export async function guardedFind(meta: ModelMeta, guards: PolicyGuards, model: string, operation: FindOperation, args: Plain, run: Run): Promise<unknown> {
    const guarded = guardRead(meta, guards, model, args, operation === 'findUnique' || operation === 'findUniqueOrThrow');
    const findAllowed = async (m: string, where: Plain, select: Plain) => (await run(m, 'findMany', { where, select })) as Plain[];
    const result = await run(model, operation, guarded.args);
    const checked = await applyToOneChecks(meta, result, guarded.toOneChecks, findAllowed);
    await applyNestedFieldReadRules(meta, guards, model, guarded.args, checked, findAllowed);
    const withFields = await applyFieldReadRules(meta, guards, model, checked, findAllowed);
    const withSubModels = await applySubModelReadRules(meta, guards, model, withFields, findAllowed);
    return removeAddedIds(withSubModels, guarded.addedIds, collect);
}
