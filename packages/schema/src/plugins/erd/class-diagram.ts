import { getDelegateRoots, getSubModels, isDelegateInherited, isDelegateModel, type FieldDef, type ModelDef, type SchemaDef } from '@zenstackhq/sdk';
import { toQuotedText, typeLabel } from './mermaid-text.js';

const INDENT = '    ';

/**
 * One Mermaid `classDiagram` per polymorphic hierarchy: the delegate base with its fields, each
 * sub model with the fields it adds, `Base <|-- Sub` lines, and notes saying which field tells
 * the concrete model and what it stores.
 */
export function renderClassDiagrams(schema: SchemaDef): { root: string; diagram: string }[] {
    return getDelegateRoots(schema).map((root) => ({ root: root.name, diagram: renderHierarchy(schema, root) }));
}

function renderHierarchy(schema: SchemaDef, root: ModelDef): string {
    const lines = ['classDiagram'];
    const visit = (model: ModelDef) => {
        lines.push(...renderClass(schema, model));
        for (const sub of getSubModels(schema, model)) {
            lines.push(`${INDENT}${model.name} <|-- ${sub.name}`);
            visit(sub);
        }
    };
    visit(root);
    return lines.join('\n') + '\n';
}

function renderClass(schema: SchemaDef, model: ModelDef): string[] {
    const own = model.fields.filter((f) => !isDelegateInherited(schema, model, f));
    const lines = [`${INDENT}class ${model.name} {`];
    if (isDelegateModel(model)) lines.push(`${INDENT.repeat(2)}<<delegate>>`);
    lines.push(...own.map((f) => INDENT.repeat(2) + renderMember(f)), `${INDENT}}`);
    const notes = [
        model.discriminator && `discriminator: ${model.discriminator}`,
        model.delegateBase && `stored as ${model.discriminatorValue ?? model.name}`,
    ].filter((n): n is string => Boolean(n));
    if (notes.length > 0) lines.push(`${INDENT}note for ${model.name} ${toQuotedText(notes.join(', '))}`);
    return lines;
}

// `(` would make the member a method, so the type label never has one
function renderMember(field: FieldDef): string {
    return `+${typeLabel(field.type).replace(/[^A-Za-z0-9_[\]]/g, '_')}${field.type.optional ? '?' : ''} ${field.name}`;
}
