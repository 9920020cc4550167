import type { ModelName, Row, State } from './data-model.js';
import { rulesFor, type AuthUser, type Rule, type RuleContext, type RuleOperation } from './rules.js';
import type { View } from './where-filter.js';

/** What the rules let one user do on one database state, decided on the in-memory rows. */
export interface PolicyOracle extends View {
    readonly user: AuthUser | undefined;
    /** the create, update (before it) or delete rules hold for the row */
    allows(model: ModelName, operation: 'create' | 'update' | 'delete', row: Row): boolean;
    /** the post-update (`future()`) rules hold for a row updated from `before` (in `beforeState`) to `after` (in this state) */
    allowsAfterUpdate(model: ModelName, before: Row, after: Row, beforeState: State): boolean;
    /** the rules for the operation fail whatever the row, so the runtime rejects before writing */
    never(model: ModelName, operation: 'create'): boolean;
}

/** A rule set: no allow rule means denied (unless `noAllowMeans`), a holding deny wins. */
function decide(rules: readonly Rule[], c: RuleContext, noAllowMeans = false): boolean {
    const allows = rules.filter((r) => r.kind === 'allow');
    const allowed = allows.length === 0 ? noAllowMeans : allows.some((r) => r.holds(c));
    return allowed && !rules.some((r) => r.kind === 'deny' && r.holds(c));
}

export function createPolicyOracle(state: State, user: AuthUser | undefined): PolicyOracle {
    const readCache = new Map<string, boolean>();
    const context = (row: Row, future: Row = row, before: State = state): RuleContext => ({ user, state, row, future, before, check: (m, op, r) => check(m, op, r) });
    const check = (model: ModelName, operation: RuleOperation, row: Row): boolean => {
        if (operation === 'read') return oracle.readable(model, row);
        if (operation === 'postUpdate') throw new Error('check() of a post-update rule');
        return oracle.allows(model, operation, row);
    };
    const oracle: PolicyOracle = {
        state,
        user,
        readable(model, row) {
            const key = `${model}:${String(row.id)}`;
            let result = readCache.get(key);
            if (result === undefined) {
                result = decide(rulesFor(model, 'read'), context(row));
                readCache.set(key, result);
            }
            return result;
        },
        allows(model, operation, row) {
            // with no plain allow rule, an update goes on to the post-update rules' allows
            const noAllowMeans = operation === 'update' && rulesFor(model, 'postUpdate').some((r) => r.kind === 'allow');
            return decide(rulesFor(model, operation), context(row), noAllowMeans);
        },
        allowsAfterUpdate(model, before, after, beforeState) {
            return decide(rulesFor(model, 'postUpdate'), context(before, after, beforeState), true);
        },
        never(model, operation) {
            const rules = rulesFor(model, operation);
            const fold = (r: Rule) => r.constant?.(user);
            return rules.every((r) => r.kind === 'deny' || fold(r) === false) || rules.some((r) => r.kind === 'deny' && fold(r) === true);
        },
    };
    return oracle;
}

/** Reads that ignore the rules: what the raw client returns, to check the oracle's engine itself. */
export function rawView(state: State): View {
    return { state, readable: () => true };
}
