import type { Expression } from './ir/expression.js';

/** The operations access rules name; `postUpdate` rules (those using `future()`) run after an update. */
export type PolicyOperation = 'create' | 'read' | 'update' | 'postUpdate' | 'delete';

export const POLICY_OPERATIONS: readonly PolicyOperation[] = ['create', 'read', 'update', 'postUpdate', 'delete'];

/** One `@@allow`/`@@deny` (or field `@allow`/`@deny`) for one operation. */
export interface PolicyRule {
    readonly kind: 'allow' | 'deny';
    readonly condition: Expression;
    /** field rules: `@allow(..., override: true)` grants the field even where the model's rules deny */
    readonly override?: boolean;
}

/** The access rules of one model, by operation, and of its fields, as plain data for the runtime. */
export interface ModelPolicy {
    readonly rules: Readonly<Record<PolicyOperation, readonly PolicyRule[]>>;
    /** field → its own read/update rules, for fields that have any */
    readonly fields: Readonly<Record<string, { readonly read: readonly PolicyRule[]; readonly update: readonly PolicyRule[] }>>;
}
