import type { ValidationAcceptor } from 'langium';
import type { GeneratorDecl, Plugin } from '../generated/ast.js';
import { checkDuplicateKeys } from './config-fields.js';

/** Checks a generator or plugin block: it names its `provider`, and each key once. */
export class ConfigBlockValidator {
    check(block: GeneratorDecl | Plugin, accept: ValidationAcceptor): void {
        const label = `${block.$type === 'Plugin' ? 'plugin' : 'generator'} '${block.name}'`;
        checkDuplicateKeys(block.fields, label, accept);
        if (block.name && !block.fields.some((f) => f.name === 'provider')) {
            accept('error', `${label} has no provider`, { node: block, property: 'name', code: 'missing-provider' });
        }
    }
}
