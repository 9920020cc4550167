import type { AttributeApplication, Expression, FieldDef, ModelDef, ModelPolicy, PolicyOperation, PolicyRule } from '@zenstackhq/sdk';

type RuleOperation = 'create' | 'read' | 'update' | 'delete';

const ALL: readonly RuleOperation[] = ['create', 'read', 'update', 'delete'];

/**
 * The access rules of a model as plain data: its own and inherited `@@allow`/`@@deny`, sorted by
 * operation, update rules that use `future()` set apart as post-update rules, and each field's
 * `@allow`/`@deny`. Conditions stay expression trees; the runtime turns them into filters.
 */
export function buildModelPolicy(model: ModelDef): ModelPolicy {
    const rules: Record<PolicyOperation, PolicyRule[]> = { create: [], read: [], update: [], postUpdate: [], delete: [] };
    for (const attr of model.attributes) {
        const parsed = parseRule(attr, '@@allow', '@@deny');
        if (!parsed) continue;
        for (const operation of parsed.operations) {
            const target: PolicyOperation = operation === 'update' && usesFuture(parsed.rule.condition) ? 'postUpdate' : operation;
            rules[target].push(parsed.rule);
        }
    }
    const fields: Record<string, { read: PolicyRule[]; update: PolicyRule[] }> = {};
    for (const field of model.fields) {
        const fieldRules = buildFieldRules(field);
        if (fieldRules) fields[field.name] = fieldRules;
    }
    return { rules, fields };
}

function buildFieldRules(field: FieldDef): { read: PolicyRule[]; update: PolicyRule[] } | undefined {
    const result = { read: [] as PolicyRule[], update: [] as PolicyRule[] };
    for (const attr of field.attributes) {
        const parsed = parseRule(attr, '@allow', '@deny');
        if (!parsed) continue;
        for (const operation of parsed.operations) {
            if (operation === 'read' || operation === 'update') result[operation].push(parsed.rule);
        }
    }
    return result.read.length + result.update.length > 0 ? result : undefined;
}

function parseRule(attr: AttributeApplication, allowName: string, denyName: string): { operations: RuleOperation[]; rule: PolicyRule } | undefined {
    if (attr.name !== allowName && attr.name !== denyName) return undefined;
    const positional = attr.args.filter((a) => !a.name);
    const operationArg = attr.args.find((a) => a.name === 'operation')?.value ?? positional[0]?.value;
    const condition = attr.args.find((a) => a.name === 'condition')?.value ?? positional[1]?.value;
    const override = attr.args.find((a) => a.name === 'override')?.value ?? positional[2]?.value;
    if (operationArg?.kind !== 'literal' || !condition) return undefined;
    const operations = String(operationArg.value)
        .split(',')
        .map((op) => op.trim())
        .flatMap((op): RuleOperation[] => (op === 'all' ? [...ALL] : ALL.includes(op as RuleOperation) ? [op as RuleOperation] : []));
    const rule: PolicyRule = {
        kind: attr.name === allowName ? 'allow' : 'deny',
        condition,
        ...(override?.kind === 'literal' && override.value === true ? { override: true } : {}),
    };
    return { operations: [...new Set(operations)], rule };
}

export function usesFuture(expr: Expression): boolean {
    switch (expr.kind) {
        case 'call':
            return expr.function === 'future' || expr.args.some(usesFuture);
        case 'member':
            return usesFuture(expr.operand);
        case 'binary':
            return usesFuture(expr.left) || usesFuture(expr.right);
        case 'unary':
            return usesFuture(expr.operand);
        case 'collection':
            return usesFuture(expr.collection) || usesFuture(expr.predicate);
        case 'array':
            return expr.items.some(usesFuture);
        default:
            return false;
    }
}
