import type { FieldInfo, ModelMeta } from '@zenstackhq/sdk';
import type { ZodError } from 'zod';
import { isPlainObject, type Plain } from '../delegate/rewrite/paths.js';
import type { PrismaErrorSource } from '../errors/prisma-error-source.js';
import { createRejectedByPolicyError, CrudFailureReason } from '../errors/prisma-errors.js';
import type { DataRewriter, WriteMode } from '../write-data/rewrite-write-args.js';
import { hasValidationRules } from './validation-rules.js';
import type { ZodSchemas } from './zod-schemas.js';

/** A field value the schema checks, and whether it came wrapped in Prisma's `{ set: … }`. */
interface CheckedValue {
    readonly value: unknown;
    readonly wrapped: boolean;
}

/**
 * The validation rewrite of one row's data: checks the values it sets against the model's
 * generated zod schema (create or update) and returns the data with the schema's output in
 * place (so `@trim`, `@lower` and `@upper` apply). Throws P2004 DATA_VALIDATION_VIOLATION.
 */
export function createDataValidator(meta: ModelMeta, schemas: ZodSchemas, errors: PrismaErrorSource): DataRewriter {
    const needed = new Map<string, boolean>();
    const isValidated = (model: string) => {
        if (!needed.has(model)) needed.set(model, hasValidationRules(meta, model));
        return needed.get(model)!;
    };
    return (model, data, mode) => {
        const schema = schemas.models[model]?.[mode];
        if (!schema || !isValidated(model)) return data;
        const checked = checkedValues(meta, model, data);
        const result = schema.safeParse(Object.fromEntries([...checked].map(([key, c]) => [key, c.value])));
        if (!result.success) throw validationError(errors, model, mode, result.error);
        const output = result.data as Plain;
        const rewritten: Plain = { ...data };
        for (const [key, { wrapped }] of checked) {
            if (!(key in output)) continue;
            rewritten[key] = wrapped ? { ...(data[key] as Plain), set: output[key] } : output[key];
        }
        return rewritten;
    };
}

/**
 * The values the data sets on scalar, enum and typed JSON fields. Relation writes are left to the
 * walker, and update operators whose result depends on the row (`increment`, `push`, …) are not
 * checked; nor are Prisma's `DbNull`/`JsonNull`, which stand for null.
 */
function checkedValues(meta: ModelMeta, model: string, data: Plain): Map<string, CheckedValue> {
    const result = new Map<string, CheckedValue>();
    const fields = meta.models[model]?.fields ?? {};
    for (const [key, value] of Object.entries(data)) {
        const field = fields[key];
        if (!field || value === undefined || !isDataField(field) || isPrismaNullValue(value)) continue;
        if (isOperatorObject(field, value)) {
            if ('set' in value) result.set(key, { value: value.set, wrapped: true });
        } else {
            result.set(key, { value, wrapped: false });
        }
    }
    return result;
}

function isDataField(field: FieldInfo): boolean {
    return field.kind === 'scalar' || field.kind === 'enum' || field.kind === 'typeDef';
}

// JSON fields take any object as their value; other fields take objects only as operators
function isOperatorObject(field: FieldInfo, value: unknown): value is Plain {
    return isPlainObject(value) && field.kind !== 'typeDef' && field.type !== 'Json';
}

/** Prisma's `DbNull`, `JsonNull` and `AnyNull`, recognized by what they say they are. */
function isPrismaNullValue(value: unknown): boolean {
    const candidate = value as { _getNamespace?: unknown } | null;
    return typeof value === 'object' && value !== null && typeof candidate?._getNamespace === 'function' && (candidate._getNamespace as () => unknown)() === 'NullTypes';
}

function validationError(errors: PrismaErrorSource, model: string, mode: WriteMode, error: ZodError) {
    const details = error.issues.map((i) => `${i.path.length > 0 ? i.path.join('.') : model}: ${i.message}`).join('; ');
    return createRejectedByPolicyError(errors, {
        model,
        message: `failed '${mode}' data validation: ${details}`,
        reason: CrudFailureReason.DATA_VALIDATION_VIOLATION,
        meta: { zodErrors: error },
        cause: error,
    });
}
