import type { Expression, ModelMeta, PolicyOperation, PolicyRule } from '@zenstackhq/sdk';
import type { Plain } from '../delegate/rewrite/paths.js';
import type { DbClient } from '../prisma/prisma-client-like.js';
import { modelDelegateName } from '@zenstackhq/sdk';
import { compileCondition, UndecidableBeforeUpdate } from './compile-condition.js';
import { futureFields, preUpdateFields, preUpdateTerms } from './pre-update-terms.js';
import { and, not, or, type Filter } from './filter.js';

/** The filters of one `enhance()` call's user, computed once per model and operation. */
export interface PolicyGuards {
    /** rows of `model` the user may `operation` */
    guard(model: string, operation: PolicyOperation): Filter;
    /** the post-update guard, with `before` as the row's values before the update and `decided` its terms decided then */
    postUpdateGuard(model: string, before: Plain, decided?: ReadonlyMap<Expression, boolean>): Filter;
    /**
     * the post-update guard as a filter on the row before the update, given the values the data
     * sets on the fields read through `future()` (the others keep theirs); undefined when the rules
     * can't be decided that way
     */
    postUpdateGuardBefore(model: string, futureValues: Plain): Filter | undefined;
    /** the fields post-update rules read through `future()` */
    futureFields(model: string): readonly string[];
    /** the plain fields post-update rules read as they were before the update */
    preUpdateFields(model: string): readonly string[];
    /** the terms of the post-update rules to decide before the update, each with its filter on the row as it is */
    preUpdateTerms(model: string): readonly { readonly term: Expression; readonly filter: Filter }[];
    /** rows whose `field` the user may read (or update); true when the field has no rules of its own */
    fieldGuard(model: string, field: string, operation: 'read' | 'update'): Filter;
    /** rows whose `field` the user may read or update even where the model's rules deny (`@allow(..., true)`) */
    fieldOverrideGuard(model: string, field: string, operation?: 'read' | 'update'): Filter;
    /** fields with an overriding read rule (`@allow('read', cond, true)`) */
    readOverrideFields(model: string): readonly string[];
    /** rows a find returns: readable under the model's rules, or through a field's overriding read rule */
    rowReadGuard(model: string): Filter;
    readonly user: Plain | undefined;
}

export function createPolicyGuards(meta: ModelMeta, user: Plain | undefined, db: DbClient): PolicyGuards {
    const cache = new Map<string, Filter>();
    const beforeCache = new Map<string, Filter | undefined>();
    const fieldRef = (model: string, field: string) => (db[modelDelegateName(model)] as { fields: Record<string, unknown> }).fields[field];

    type Moment = { readonly before?: Plain; readonly decided?: ReadonlyMap<Expression, boolean>; readonly futureValues?: Plain };
    const compileFor = (model: string, operation: string, condition: Expression, moment: Moment = {}) =>
        compileCondition(condition, { meta, model, user, operation, fieldRef, guardOf: (m, op) => guards.guard(m, op as PolicyOperation), ...moment });
    const combine = (model: string, operation: string, rules: readonly PolicyRule[], moment: Moment = {}, noAllowMeans = false): Filter => {
        const compile = (rule: PolicyRule) => compileFor(model, operation, rule.condition, moment);
        const allows = rules.filter((r) => r.kind === 'allow').map(compile);
        const denies = rules.filter((r) => r.kind === 'deny').map(compile);
        // no allow rule denies, except where the caller says otherwise
        const allowed = allows.length === 0 ? noAllowMeans : or(...allows);
        return and(allowed, not(or(...denies)));
    };

    // what the post-update rules of a model read, worked out once per model
    const postUpdateConditions = (model: string) => (meta.models[model]?.policy?.rules.postUpdate ?? []).map((r) => r.condition);
    const futureFieldsOf = perModel((model) => futureFields(meta, model, postUpdateConditions(model)));
    const preUpdateFieldsOf = perModel((model) => preUpdateFields(meta, model, postUpdateConditions(model)));
    const preUpdateTermsOf = perModel((model) => preUpdateTerms(meta, model, postUpdateConditions(model)).map((term) => ({ term, filter: compileFor(model, 'update', term) })));

    const overrideRules = (model: string, field: string, operation: 'read' | 'update') =>
        (meta.models[model]?.policy?.fields[field]?.[operation] ?? []).filter((r) => r.kind === 'allow' && r.override);

    const guards: PolicyGuards = {
        user,
        guard(model, operation) {
            const key = `${model}:${operation}`;
            let filter = cache.get(key);
            if (filter === undefined) {
                cache.set(key, false); // a rule that checks itself through a relation loops no further
                const policy = meta.models[model]?.policy;
                if (!policy) filter = false;
                else if (operation === 'update') {
                    // rules that use future() allow the update to proceed to its post-update check
                    const hasPostAllows = policy.rules.postUpdate.some((r) => r.kind === 'allow');
                    filter = combine(model, 'update', policy.rules.update, {}, hasPostAllows);
                } else if (operation === 'postUpdate') {
                    filter = combine(model, 'update', policy.rules.postUpdate, {}, true);
                } else {
                    filter = combine(model, operation, policy.rules[operation]);
                }
                cache.set(key, filter);
            }
            return filter;
        },
        postUpdateGuard(model, before, decided) {
            const policy = meta.models[model]?.policy;
            return policy ? combine(model, 'update', policy.rules.postUpdate, { before, decided }, true) : false;
        },
        postUpdateGuardBefore(model, futureValues) {
            const policy = meta.models[model]?.policy;
            if (!policy) return false;
            // the common update leaves every field the rules read through future() alone: one filter per model
            const key = Object.keys(futureValues).length === 0 ? model : undefined;
            if (key !== undefined && beforeCache.has(key)) return beforeCache.get(key);
            let filter: Filter | undefined;
            try {
                filter = combine(model, 'update', policy.rules.postUpdate, { futureValues }, true);
            } catch (error) {
                if (!(error instanceof UndecidableBeforeUpdate)) throw error;
            }
            if (key !== undefined) beforeCache.set(key, filter);
            return filter;
        },
        futureFields: futureFieldsOf,
        preUpdateFields: preUpdateFieldsOf,
        preUpdateTerms: preUpdateTermsOf,
        fieldGuard(model, field, operation) {
            const rules = meta.models[model]?.policy?.fields[field]?.[operation];
            if (!rules || rules.length === 0) return true;
            const key = `${model}.${field}:${operation}`;
            let filter = cache.get(key);
            if (filter === undefined) {
                filter = combine(model, operation, rules, {}, true);
                cache.set(key, filter);
            }
            return filter;
        },
        fieldOverrideGuard(model, field, operation = 'update') {
            const rules = overrideRules(model, field, operation);
            return rules.length === 0 ? false : combine(model, operation, rules);
        },
        readOverrideFields(model) {
            return Object.keys(meta.models[model]?.policy?.fields ?? {}).filter((f) => overrideRules(model, f, 'read').length > 0);
        },
        rowReadGuard(model) {
            const key = `${model}:rows`;
            let filter = cache.get(key);
            if (filter === undefined) {
                filter = or(guards.guard(model, 'read'), ...guards.readOverrideFields(model).map((f) => guards.fieldOverrideGuard(model, f, 'read')));
                cache.set(key, filter);
            }
            return filter;
        },
    };
    return guards;
}

/** A function of a model, computed on first use. */
function perModel<T>(compute: (model: string) => T): (model: string) => T {
    const cache = new Map<string, T>();
    return (model) => {
        if (!cache.has(model)) cache.set(model, compute(model));
        return cache.get(model)!;
    };
}
