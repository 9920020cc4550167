import type { ValidationAcceptor } from 'langium';
import type { ConfigField, PluginField } from '../generated/ast.js';

/** Reports a key given twice in a datasource, generator or plugin block. */
export function checkDuplicateKeys(fields: readonly (ConfigField | PluginField)[], block: string, accept: ValidationAcceptor): void {
    const seen = new Set<string>();
    for (const field of fields) {
        if (!field.name) continue;
        if (seen.has(field.name)) {
            accept('error', `duplicate key '${field.name}' in ${block}`, { node: field, property: 'name', code: 'duplicate-config-field' });
        }
        seen.add(field.name);
    }
}
