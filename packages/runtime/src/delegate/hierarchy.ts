import { lowerCaseFirst, type FieldInfo, type ModelInfo, type ModelMeta } from '@zenstackhq/sdk';

const AUX_PREFIX = 'delegate_aux_';

/**
 * Questions about polymorphic hierarchies, answered from the model metadata and memoized: which
 * table stores a field, how to walk between a sub model's row and its base's, which concrete
 * models sit below a base. Built once per metadata object.
 */
export class DelegateHierarchy {
    readonly #meta: ModelMeta;
    readonly #storage = new Map<string, string>();
    readonly #leaves = new Map<string, readonly string[]>();
    readonly #reaches = new Map<string, boolean>();

    constructor(meta: ModelMeta) {
        this.#meta = meta;
    }

    /** Whether the schema has any polymorphic hierarchy at all. */
    get hasDelegates(): boolean {
        return Object.values(this.#meta.models).some((m) => m.baseModel);
    }

    model(name: string): ModelInfo {
        const info = this.#meta.models[name];
        if (!info) throw new Error(`unknown model "${name}" in the ZenStack metadata`);
        return info;
    }

    field(model: string, field: string): FieldInfo | undefined {
        return this.#meta.models[model]?.fields[field];
    }

    /** Whether the model is a base or a sub model of a hierarchy. */
    isPolymorphic(model: string): boolean {
        const info = this.#meta.models[model];
        return Boolean(info && (info.baseModel || info.discriminator));
    }

    isBase(model: string): boolean {
        return Boolean(this.#meta.models[model]?.discriminator);
    }

    baseOf(model: string): string | undefined {
        return this.#meta.models[model]?.baseModel;
    }

    /** Direct base first, then its base, and so on. */
    ancestors(model: string): string[] {
        const result: string[] = [];
        for (let base = this.baseOf(model); base; base = this.baseOf(base)) result.push(base);
        return result;
    }

    /** The topmost base of a hierarchy: deleting its row removes the whole object. */
    root(model: string): string {
        const ancestors = this.ancestors(model);
        return ancestors[ancestors.length - 1] ?? model;
    }

    subModels(model: string): readonly string[] {
        return this.#meta.models[model]?.subModels ?? [];
    }

    /** The concrete models at or below `model`. */
    leaves(model: string): readonly string[] {
        let leaves = this.#leaves.get(model);
        if (!leaves) {
            const subs = this.subModels(model);
            leaves = subs.length === 0 ? [model] : subs.flatMap((s) => this.leaves(s));
            this.#leaves.set(model, leaves);
        }
        return leaves;
    }

    /** What the bases' discriminators store for rows of the concrete models at or below `model`. */
    discriminatorValues(model: string): string[] {
        return this.leaves(model).map((leaf) => this.model(leaf).discriminatorValue ?? leaf);
    }

    /** The model whose table holds `field` of `model`: the model itself, or the base that declares it. */
    storageOf(model: string, field: string): string {
        const key = `${model}.${field}`;
        let storage = this.#storage.get(key);
        if (!storage) {
            const base = this.baseOf(model);
            storage = base && this.#meta.models[base]?.fields[field] ? this.storageOf(base, field) : model;
            this.#storage.set(key, storage);
        }
        return storage;
    }

    /**
     * Where to read or filter `field` of `model`: like `storageOf`, except that id fields are in
     * every table of a hierarchy (a sub model's id is also the key to its base row).
     */
    readStorageOf(model: string, field: string): string {
        return this.#meta.models[model]?.idFields.includes(field) ? model : this.storageOf(model, field);
    }

    /** On a sub model, the relation to its base's row. */
    auxToBase(model: string): string {
        return `${AUX_PREFIX}${lowerCaseFirst(this.baseOf(model)!)}`;
    }

    /** On a base, the relation to a sub model's row. */
    auxToSub(subModel: string): string {
        return `${AUX_PREFIX}${lowerCaseFirst(subModel)}`;
    }

    isAuxField(name: string): boolean {
        return name.startsWith(AUX_PREFIX);
    }

    /** The related model of a relation field, or undefined for scalars. */
    relationTarget(model: string, field: string): string | undefined {
        const info = this.field(model, field);
        return info?.kind === 'object' ? info.type : undefined;
    }

    /** Whether a query on `model` can touch a polymorphic model, directly or through relations. */
    reachesPolymorphic(model: string): boolean {
        let reaches = this.#reaches.get(model);
        if (reaches === undefined) {
            reaches = false;
            const seen = new Set<string>([model]);
            const pending = [model];
            while (pending.length > 0 && !reaches) {
                const current = pending.pop()!;
                if (this.isPolymorphic(current)) reaches = true;
                for (const f of Object.values(this.#meta.models[current]?.fields ?? {})) {
                    if (f.kind === 'object' && !seen.has(f.type)) {
                        seen.add(f.type);
                        pending.push(f.type);
                    }
                }
            }
            this.#reaches.set(model, reaches);
        }
        return reaches;
    }

    allModels(): string[] {
        return Object.keys(this.#meta.models);
    }

    /** Every model below `model`, at any depth. */
    descendants(model: string): string[] {
        return this.subModels(model).flatMap((s) => [s, ...this.descendants(s)]);
    }

    /** The discriminator fields a model has: its own and its bases'. */
    discriminators(model: string): string[] {
        return [model, ...this.ancestors(model)].flatMap((m) => {
            const d = this.#meta.models[m]?.discriminator;
            return d ? [d] : [];
        });
    }
}

const cache = new WeakMap<ModelMeta, DelegateHierarchy>();

export function getHierarchy(meta: ModelMeta): DelegateHierarchy {
    let hierarchy = cache.get(meta);
    if (!hierarchy) {
        hierarchy = new DelegateHierarchy(meta);
        cache.set(meta, hierarchy);
    }
    return hierarchy;
}
