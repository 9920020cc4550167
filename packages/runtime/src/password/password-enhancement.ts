import { hash } from 'bcryptjs';
import { isPlainObject, type Plain } from '../delegate/rewrite/paths.js';
import type { Enhancement, EnhancementEnv } from '../pipeline/enhancement.js';
import { PRISMA_OPERATIONS } from '../prisma/prisma-operations.js';
import { rewriteWriteArgs, type DataRewriter } from '../write-data/rewrite-write-args.js';
import { passwordFields, type PasswordOptions } from './password-fields.js';

/**
 * `@password` fields are stored as bcrypt hashes: every create and update that sets one (nested
 * writes included) has the plain text replaced by its hash. Runs inside validation, so that
 * validation rules see the plain text. Absent when no field is marked `@password`.
 */
export function createPasswordEnhancement(env: EnhancementEnv): Enhancement | undefined {
    const fields = passwordFields(env.modelMeta);
    if (fields.size === 0) return undefined;
    const hashPasswords: DataRewriter = async (model, data) => {
        const own = fields.get(model);
        if (!own) return data;
        const result: Plain = { ...data };
        for (const [name, options] of own) {
            const value = data[name];
            if (typeof value === 'string') result[name] = await hashPassword(value, options);
            else if (isPlainObject(value) && typeof value.set === 'string') result[name] = { ...value, set: await hashPassword(value.set, options) };
        }
        return result;
    };
    return {
        kind: 'password',
        handles: (_model, operation) => PRISMA_OPERATIONS[operation].access === 'write',
        middleware: async (ctx, proceed) => proceed({ ...ctx, args: await rewriteWriteArgs(env.modelMeta, ctx.model, ctx.operation, ctx.args, hashPasswords) }),
    };
}

function hashPassword(value: string, options: PasswordOptions): Promise<string> {
    return hash(value, options.salt ?? options.saltLength);
}
