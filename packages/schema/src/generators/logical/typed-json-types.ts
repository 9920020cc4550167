import { Node, Project, SyntaxKind, type PropertySignature, type SourceFile } from 'ts-morph';
import { applyEdits, type TextEdit } from './text-edits.js';
import type { TypedJsonView } from './typed-json-view.js';

// Prisma's JSON types in a typed field's property; the null inputs for optional fields are kept
const JSON_VALUE = new Set(['JsonValue', 'Prisma.JsonValue', 'InputJsonValue', 'Prisma.InputJsonValue']);
const JSON_NULL_OF_REQUIRED = new Set(['JsonNullValueInput', 'Prisma.JsonNullValueInput']);

/**
 * Rewrites a client's `index.d.ts` so typed JSON fields have their `type`s: the `type`
 * declarations become exported interfaces, and in every type of a model (its payload, its
 * create/update inputs, its group-by output) the `JsonValue`/`InputJsonValue` of a typed
 * field becomes the field's interface. Filters keep Prisma's JSON filters.
 */
export function toTypedJsonTypes(declarations: string, view: TypedJsonView): string {
    const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
    const file = project.createSourceFile('index.d.ts', declarations);
    const rewritten = applyEdits(declarations, typedFieldEdits(file, view));
    return `${rewritten}\n\n// the \`type\` declarations that typed JSON fields store\n${view.interfaces}`;
}

function typedFieldEdits(file: SourceFile, view: TypedJsonView): TextEdit[] {
    // longest first, so `UserProfileCreateInput` belongs to `UserProfile`, not to `User`
    const models = [...view.models].sort((a, b) => b.length - a.length);
    const edits: TextEdit[] = [];
    for (const alias of file.getDescendantsOfKind(SyntaxKind.TypeAliasDeclaration)) {
        const name = alias.getName().replace(/^\$/, '');
        const owner = models.find((m) => name.startsWith(m));
        const fields = owner ? view.fieldsByModel.get(owner) : undefined;
        if (!fields) continue;
        for (const property of alias.getDescendantsOfKind(SyntaxKind.PropertySignature)) {
            const type = fields.get(property.getName());
            const edit = type ? retype(property, type) : undefined;
            if (edit) edits.push(edit);
        }
    }
    return edits;
}

/** `JsonNullValueInput | InputJsonValue` → `Profile`; `JsonValue | null` → `Profile | null`. */
function retype(property: PropertySignature, tsType: string): TextEdit | undefined {
    const typeNode = property.getTypeNode();
    if (!typeNode) return undefined;
    const members = Node.isUnionTypeNode(typeNode) ? typeNode.getTypeNodes() : [typeNode];
    const texts = members.map((m) => m.getText());
    if (!texts.some((t) => JSON_VALUE.has(t))) return undefined;
    const kept = texts.filter((t) => !JSON_NULL_OF_REQUIRED.has(t)).map((t) => (JSON_VALUE.has(t) ? tsType : t));
    return { start: typeNode.getStart(), end: typeNode.getEnd(), text: [...new Set(kept)].join(' | ') };
}
