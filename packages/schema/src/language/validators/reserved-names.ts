import type { ValidationAcceptor } from 'langium';
import type { DataModel, Enum } from '../generated/ast.js';

/**
 * Names Prisma's schema engine rejects for models and enums: `PrismaClient`, and JavaScript's
 * reserved words (the generated client declares a type per model and enum). Checked here so the
 * error points at the `.zmodel` line rather than into the generated Prisma schema.
 */
export const PRISMA_RESERVED_NAMES: ReadonlySet<string> = new Set(
    (
        'PrismaClient async await break case catch class const continue debugger default delete do else enum export extends false ' +
        'finally for function if implements import in instanceof interface let new null package private protected public return ' +
        'super switch this throw true try typeof var void while with yield'
    ).split(' '),
);

export function checkReservedName(decl: DataModel | Enum, kind: 'model' | 'enum', accept: ValidationAcceptor): void {
    // an abstract model never reaches Prisma
    if (!PRISMA_RESERVED_NAMES.has(decl.name) || (kind === 'model' && (decl as DataModel).isAbstract)) return;
    accept('error', `'${decl.name}' is reserved by Prisma and cannot name ${kind === 'model' ? 'a model' : 'an enum'}: rename it (@@map keeps the table name)`, {
        node: decl,
        property: 'name',
        code: 'reserved-name',
    });
}
