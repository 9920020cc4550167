import { Node, Project, SyntaxKind, ts, type SourceFile, type TypeAliasDeclaration } from 'ts-morph';
import type { ModelDef, SchemaDef } from '@zenstackhq/sdk';
import { DELEGATE_AUX_PREFIX } from '../../ir/physical/delegate-aux.js';
import { applyEdits, type TextEdit } from './text-edits.js';

/** What the post-processing needs to know about each polymorphic hierarchy. */
export interface PolymorphicView {
    /** base model → the concrete (leaf) models below it */
    readonly leavesByBase: ReadonlyMap<string, readonly string[]>;
    /** model → discriminator fields it has (its own and inherited ones) */
    readonly discriminatorsByModel: ReadonlyMap<string, readonly string[]>;
    /** leaf model → the value every discriminator above it stores */
    readonly discriminatorValue: ReadonlyMap<string, string>;
}

export function polymorphicView(schema: SchemaDef): PolymorphicView {
    const models = schema.models.filter((m) => !m.isAbstract);
    const byName = new Map(models.map((m) => [m.name, m]));
    const basesOf = (m: ModelDef): ModelDef[] => {
        const base = m.delegateBase ? byName.get(m.delegateBase) : undefined;
        return base ? [base, ...basesOf(base)] : [];
    };
    const leavesByBase = new Map<string, string[]>();
    const discriminatorsByModel = new Map<string, string[]>();
    const discriminatorValue = new Map<string, string>();
    for (const model of models) {
        const bases = basesOf(model);
        const discriminators = [model, ...bases].flatMap((m) => (m.discriminator ? [m.discriminator] : []));
        if (discriminators.length > 0) discriminatorsByModel.set(model.name, discriminators);
        if (model.discriminator) continue;
        for (const base of bases) leavesByBase.set(base.name, [...(leavesByBase.get(base.name) ?? []), model.name]);
        if (model.discriminatorValue) discriminatorValue.set(model.name, model.discriminatorValue);
    }
    return { leavesByBase, discriminatorsByModel, discriminatorValue };
}

const WRITE_METHODS_OF_BASE = new Set(['create', 'createMany', 'createManyAndReturn', 'upsert']);
const NESTED_CREATES = new Set(['create', 'connectOrCreate', 'createMany', 'upsert']);

/**
 * Rewrites the logical client's `index.d.ts` into the polymorphic view: reading a base gives a
 * union of its concrete models discriminated by the discriminator, a base cannot be created,
 * no discriminator is writable, and the `delegate_aux_*` plumbing is gone. TypeScript's parser
 * finds what to change; the edits are applied to the text in one pass.
 */
export function toPolymorphicTypes(declarations: string, view: PolymorphicView): string {
    const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
    const file = project.createSourceFile('index.d.ts', declarations);
    // one walk over the file; a declaration file of a large schema has millions of nodes
    const aliases = file.getDescendantsOfKind(SyntaxKind.TypeAliasDeclaration);
    const edits = [...removeAuxProperties(file), ...rewriteTypeAliases(aliases, view), ...removeBaseWrites(file, view), ...unionPayloads(aliases, view)];
    return applyEdits(declarations, edits);
}

/** Properties and fluent-API methods named `delegate_aux_*`, found on the compiler's nodes (no wrappers for the rest). */
function removeAuxProperties(file: SourceFile): TextEdit[] {
    const edits: TextEdit[] = [];
    const source = file.compilerNode;
    const visit = (node: ts.Node): void => {
        if ((ts.isPropertySignature(node) || ts.isMethodSignature(node)) && node.name.getText(source).startsWith(DELEGATE_AUX_PREFIX)) {
            edits.push({ start: node.getFullStart(), end: node.getEnd(), text: '' });
            return;
        }
        ts.forEachChild(node, visit);
    };
    visit(source);
    return edits;
}

function rewriteTypeAliases(aliases: readonly TypeAliasDeclaration[], view: PolymorphicView): TextEdit[] {
    const edits: TextEdit[] = [];
    const models = [...view.discriminatorsByModel.keys()];
    if (models.length === 0) return edits;
    // model names are identifiers: safe in a pattern, longest first so `PostX` isn't read as `Post`
    const pattern = new RegExp(`^(${models.sort((a, b) => b.length - a.length).join('|')})(Unchecked)?(Create|Update)(\\w*)Input$`);
    for (const alias of aliases) {
        const match = alias.getName().match(pattern);
        if (!match) continue;
        const model = match[1]!;
        const discriminators = view.discriminatorsByModel.get(model)!;
        const isNestedWrapper = match[4]!.includes('Nested');
        const literal = alias.getTypeNode();
        if (!literal || !Node.isTypeLiteral(literal)) continue;
        for (const property of literal.getProperties()) {
            const prop = property.getName();
            if (!isNestedWrapper && discriminators.includes(prop)) edits.push(removal(property));
            if (isNestedWrapper && view.leavesByBase.has(model) && NESTED_CREATES.has(prop)) edits.push(removal(property));
        }
    }
    return edits;
}

function removeBaseWrites(file: SourceFile, view: PolymorphicView): TextEdit[] {
    const edits: TextEdit[] = [];
    const delegates = new Map(file.getDescendantsOfKind(SyntaxKind.InterfaceDeclaration).map((i) => [i.getName(), i]));
    for (const base of view.leavesByBase.keys()) {
        for (const method of delegates.get(`${base}Delegate`)?.getMethods() ?? []) {
            if (WRITE_METHODS_OF_BASE.has(method.getName())) edits.push(removal(method));
        }
    }
    return edits;
}

/** `$ContentPayload.scalars` becomes the union of its leaves' scalars; a leaf's discriminators become literals. */
function unionPayloads(aliases: readonly TypeAliasDeclaration[], view: PolymorphicView): TextEdit[] {
    const edits: TextEdit[] = [];
    for (const alias of aliases) {
        const model = alias.getName().match(/^\$(\w+)Payload$/)?.[1];
        if (!model) continue;
        const literal = alias.getTypeNode();
        if (!literal || !Node.isTypeLiteral(literal)) continue;
        const scalars = literal.getProperty('scalars');
        if (!scalars) continue;
        const leaves = view.leavesByBase.get(model);
        if (leaves) {
            const union = leaves.map((leaf) => `$${leaf}Payload<ExtArgs>["scalars"]`).join(' | ');
            const typeNode = scalars.getTypeNodeOrThrow();
            edits.push({ start: typeNode.getStart(), end: typeNode.getEnd(), text: union });
            continue;
        }
        const value = view.discriminatorValue.get(model);
        const discriminators = view.discriminatorsByModel.get(model);
        if (value === undefined || !discriminators) continue;
        for (const property of scalars.getDescendantsOfKind(SyntaxKind.PropertySignature)) {
            if (!discriminators.includes(property.getName())) continue;
            const typeNode = property.getTypeNodeOrThrow();
            edits.push({ start: typeNode.getStart(), end: typeNode.getEnd(), text: JSON.stringify(value) });
        }
    }
    return edits;
}

function removal(node: Node): TextEdit {
    return { start: node.getFullStart(), end: node.getEnd(), text: '' };
}
