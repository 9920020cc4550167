/**
 * How to turn a physical row back into the logical one: where the base's row hangs
 * (`up`), which sub models' rows may hang below (`down`), and the plans of related rows.
 */
export interface ReadPlan {
    readonly model: string;
    /** the base row's plan, under the `delegate_aux_<base>` field */
    readonly up?: ReadPlan;
    /** sub model → plan of its row, under `delegate_aux_<sub>` (reads of a base) */
    readonly down?: ReadonlyMap<string, ReadPlan>;
    /** relation field → plan of the related rows, for relations that reach polymorphic models */
    readonly relations: ReadonlyMap<string, ReadPlan>;
}
