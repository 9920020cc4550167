import type { ValidationAcceptor } from 'langium';
import { isLiteralExpr, type DataSource } from '../generated/ast.js';
import { checkDuplicateKeys } from './config-fields.js';

/** The database providers Prisma supports. */
export const PROVIDERS = ['postgresql', 'mysql', 'sqlite', 'sqlserver', 'mongodb', 'cockroachdb'] as const;

/** Checks a datasource block: a known `provider`, each key once. */
export class DataSourceValidator {
    check(datasource: DataSource, accept: ValidationAcceptor): void {
        const block = `datasource '${datasource.name}'`;
        checkDuplicateKeys(datasource.fields, block, accept);
        const provider = datasource.fields.find((f) => f.name === 'provider');
        if (!provider) {
            if (datasource.name) accept('error', `${block} has no provider: add provider = "postgresql" (or ${PROVIDERS.slice(1).join(', ')})`, { node: datasource, property: 'name', code: 'missing-provider' });
            return;
        }
        const value = provider.value;
        if (!value) return;
        if (!isLiteralExpr(value) || typeof value.value !== 'string') {
            accept('error', `the provider of ${block} must be a string such as "postgresql"`, { node: value, code: 'invalid-provider' });
        } else if (!(PROVIDERS as readonly string[]).includes(value.value)) {
            accept('error', `unknown datasource provider '${value.value}': expected one of ${PROVIDERS.join(', ')}`, { node: value, code: 'unknown-provider' });
        }
    }
}
