import {
    getAttribute,
    getDbName,
    getForeignKeyFields,
    isDelegateInherited,
    isIdField,
    isUniqueField,
    type FieldDef,
    type ModelDef,
    type SchemaDef,
} from '@zenstackhq/sdk';
import { collectRelationships, type ErRelationship } from './er-relationships.js';
import { quoteEntity, toAttributeWord, toQuotedText, typeLabel } from './mermaid-text.js';

const INDENT = '    ';

/**
 * A Mermaid `erDiagram` of the tables and views: one entity per concrete model with its stored
 * columns (a delegate sub model shows only what its own table holds) and one line per relation.
 */
export function renderErDiagram(schema: SchemaDef): string {
    const models = schema.models.filter((m) => !m.isAbstract);
    const lines = ['erDiagram'];
    for (const model of models) lines.push(...renderEntity(schema, model));
    for (const relationship of collectRelationships(schema, models)) lines.push(INDENT + renderRelationship(relationship));
    return lines.join('\n') + '\n';
}

function renderEntity(schema: SchemaDef, model: ModelDef): string[] {
    const dbName = getDbName(model);
    const caption = [dbName !== model.name ? dbName : undefined, model.kind === 'view' ? 'view' : undefined].filter(Boolean);
    const head = quoteEntity(model.name) + (caption.length > 0 ? `[${toQuotedText(`${model.name} (${caption.join(', ')})`)}]` : '');
    const foreignKeys = getForeignKeyFields(model);
    // a sub model's table holds its own columns plus the id it shares with its base
    const columns = model.fields.filter((f) => f.type.kind !== 'model' && (!isDelegateInherited(schema, model, f) || isIdField(model, f)));
    if (columns.length === 0) return [INDENT + head];
    // that shared id is also the foreign key to the base's row
    const isForeignKey = (f: FieldDef) => foreignKeys.has(f.name) || (Boolean(model.delegateBase) && isIdField(model, f));
    return [
        `${INDENT}${head} {`,
        ...columns.map((f) => INDENT.repeat(2) + renderColumn(model, f, isForeignKey(f))),
        `${INDENT}}`,
    ];
}

function renderColumn(model: ModelDef, field: FieldDef, isForeignKey: boolean): string {
    const keys = [isIdField(model, field) && 'PK', isForeignKey && 'FK', isUniqueField(model, field) && 'UK'].filter((k): k is string => Boolean(k));
    const notes = [
        field.type.optional && 'optional',
        model.discriminator === field.name && 'discriminator',
        getAttribute(field, '@map') && `column ${getDbName(field)}`,
    ].filter((n): n is string => Boolean(n));
    return [toAttributeWord(typeLabel(field.type)), toAttributeWord(field.name), keys.join(', '), notes.length > 0 ? toQuotedText(notes.join(', ')) : '']
        .filter(Boolean)
        .join(' ');
}

function renderRelationship(r: ErRelationship): string {
    return `${quoteEntity(r.from)} ${r.left}${r.identifying ? '--' : '..'}${r.right} ${quoteEntity(r.to)} : ${toQuotedText(r.label)}`;
}
