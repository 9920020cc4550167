/** The operations a model-level rule (`@@allow`/`@@deny`) may name. */
export const MODEL_OPERATIONS = ['create', 'read', 'update', 'delete', 'all'] as const;
/** The operations a field-level rule (`@allow`/`@deny`) may name. */
export const FIELD_OPERATIONS = ['read', 'update', 'all'] as const;

/** The attributes that declare access rules. */
export const POLICY_ATTRIBUTES = new Set(['@@allow', '@@deny', '@allow', '@deny']);

/** `'create, update'` → ['create', 'update']; an empty item is kept so it can be reported. */
export function parseOperations(text: string): string[] {
    return text.split(',').map((item) => item.trim());
}

/** Whether a rule over these operations is checked on update, where `future()` has a value. */
export function appliesToUpdate(operations: readonly string[]): boolean {
    return operations.includes('update') || operations.includes('all');
}
