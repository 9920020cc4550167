import type { ModelDef, SchemaDef } from '@zenstackhq/sdk';

/** What the polymorphic rewrite of the client types needs to know about each hierarchy. */
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
