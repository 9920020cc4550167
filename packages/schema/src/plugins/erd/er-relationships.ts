import { getOppositeField, getRelationFields, isDelegateInherited, type FieldDef, type ModelDef, type SchemaDef } from '@zenstackhq/sdk';

/** One line between two entities; `left`/`right` are Mermaid cardinality markers. */
export interface ErRelationship {
    readonly from: string;
    readonly to: string;
    readonly left: '||' | '|o' | '}o';
    readonly right: 'o{' | 'o|' | '||';
    /** solid (`--`) when the child cannot exist without the parent */
    readonly identifying: boolean;
    readonly label: string;
}

/**
 * The relationships of the schema, each once: a foreign key draws parent → child, an implicit
 * many-to-many draws both lists, and each delegate sub model hangs off its base one-to-one.
 */
export function collectRelationships(schema: SchemaDef, models: readonly ModelDef[]): ErRelationship[] {
    const byName = new Map(models.map((m) => [m.name, m]));
    const result: ErRelationship[] = [];
    const drawn = new Set<string>();
    for (const model of models) {
        if (model.delegateBase && byName.has(model.delegateBase)) {
            result.push({ from: model.delegateBase, to: model.name, left: '||', right: 'o|', identifying: true, label: 'delegate' });
        }
        for (const field of model.fields) {
            if (field.type.kind !== 'model' || isDelegateInherited(schema, model, field)) continue;
            const related = byName.get(field.type.name);
            if (!related) continue;
            const edge = relationshipOf(model, field, related);
            if (!edge || drawn.has(edge.key)) continue;
            drawn.add(edge.key);
            result.push(edge.relationship);
        }
    }
    return result;
}

function relationshipOf(model: ModelDef, field: FieldDef, related: ModelDef): { key: string; relationship: ErRelationship } | undefined {
    const opposite = getOppositeField(field, model, related);
    const keyOf = (a: string, b: string) => [a, b].sort().join(' ~ ');
    const fks = getRelationFields(field);
    if (fks.length > 0) {
        // the owning side: `model` holds the foreign key, `related` is the parent
        const optional = field.type.optional || fks.some((name) => model.fields.find((f) => f.name === name)?.type.optional);
        return {
            key: keyOf(`${model.name}.${field.name}`, opposite ? `${related.name}.${opposite.name}` : `${related.name}.`),
            relationship: {
                from: related.name,
                to: model.name,
                left: optional ? '|o' : '||',
                right: opposite && !opposite.type.array ? 'o|' : 'o{',
                identifying: !optional,
                label: opposite ? `${opposite.name} / ${field.name}` : field.name,
            },
        };
    }
    // implicit many-to-many: both sides are lists and neither holds a foreign key
    if (field.type.array && opposite?.type.array && getRelationFields(opposite).length === 0) {
        return {
            key: keyOf(`${model.name}.${field.name}`, `${related.name}.${opposite.name}`),
            relationship: { from: model.name, to: related.name, left: '}o', right: 'o{', identifying: false, label: `${field.name} / ${opposite.name}` },
        };
    }
    // the back side of a foreign key: drawn from the owning side
    return undefined;
}
