/**
 * The fuzzed schema's shape as the oracle knows it, written by hand (not read from the runtime's
 * metadata): scalar fields with their defaults, relations with their foreign keys and delete rules.
 */
export type ModelName = 'User' | 'Org' | 'Post' | 'Comment';
export const MODEL_NAMES: readonly ModelName[] = ['User', 'Org', 'Post', 'Comment'];
/** Children first: the order to empty the tables in (reverse it to fill them). */
export const DELETE_ORDER: readonly ModelName[] = ['Comment', 'Post', 'User', 'Org'];

export type ScalarValue = string | number | boolean | null;
export type Row = Readonly<Record<string, ScalarValue>>;
/** Every table's rows, sorted by id. */
export type State = Readonly<Record<ModelName, readonly Row[]>>;

export type ScalarType = 'Int' | 'String' | 'Boolean' | 'Role';
export interface ScalarField {
    readonly type: ScalarType;
    readonly optional?: boolean;
    /** the value a create leaves out gets; `auth` = `@default(auth().id)` */
    readonly default?: ScalarValue | 'auth';
    readonly unique?: boolean;
}

export interface Relation {
    readonly target: ModelName;
    /** to-one: the foreign key is on this model; to-many: it's `fk` on the target */
    readonly kind: 'one' | 'many';
    readonly fk: string;
    readonly optional?: boolean;
    /** for to-one relations: what deleting the target does to this row */
    readonly onDelete?: 'Cascade' | 'SetNull';
}

export interface ModelInfo {
    readonly scalars: Readonly<Record<string, ScalarField>>;
    readonly relations: Readonly<Record<string, Relation>>;
}

export const MODELS: Readonly<Record<ModelName, ModelInfo>> = {
    User: {
        scalars: {
            id: { type: 'Int' },
            email: { type: 'String', unique: true },
            role: { type: 'Role', default: 'USER' },
            banned: { type: 'Boolean', default: false },
            orgId: { type: 'Int', optional: true, default: null },
            managerId: { type: 'Int', optional: true, default: null },
        },
        relations: {
            org: { target: 'Org', kind: 'one', fk: 'orgId', optional: true, onDelete: 'SetNull' },
            manager: { target: 'User', kind: 'one', fk: 'managerId', optional: true, onDelete: 'SetNull' },
            reports: { target: 'User', kind: 'many', fk: 'managerId' },
            posts: { target: 'Post', kind: 'many', fk: 'authorId' },
            comments: { target: 'Comment', kind: 'many', fk: 'authorId' },
        },
    },
    Org: {
        scalars: {
            id: { type: 'Int' },
            name: { type: 'String' },
            public: { type: 'Boolean', default: false },
        },
        relations: {
            members: { target: 'User', kind: 'many', fk: 'orgId' },
            posts: { target: 'Post', kind: 'many', fk: 'orgId' },
        },
    },
    Post: {
        scalars: {
            id: { type: 'Int' },
            title: { type: 'String' },
            published: { type: 'Boolean', default: false },
            views: { type: 'Int', default: 0 },
            likes: { type: 'Int', default: 0 },
            authorId: { type: 'Int', default: 'auth' },
            orgId: { type: 'Int', optional: true, default: null },
        },
        relations: {
            author: { target: 'User', kind: 'one', fk: 'authorId', onDelete: 'Cascade' },
            org: { target: 'Org', kind: 'one', fk: 'orgId', optional: true, onDelete: 'SetNull' },
            comments: { target: 'Comment', kind: 'many', fk: 'postId' },
        },
    },
    Comment: {
        scalars: {
            id: { type: 'Int' },
            text: { type: 'String' },
            hidden: { type: 'Boolean', default: false },
            postId: { type: 'Int' },
            authorId: { type: 'Int', optional: true, default: 'auth' },
        },
        relations: {
            post: { target: 'Post', kind: 'one', fk: 'postId', onDelete: 'Cascade' },
            author: { target: 'User', kind: 'one', fk: 'authorId', optional: true, onDelete: 'SetNull' },
        },
    },
};

export function scalarNames(model: ModelName): string[] {
    return Object.keys(MODELS[model].scalars);
}

export function relationOf(model: ModelName, field: string): Relation | undefined {
    return MODELS[model].relations[field];
}

export function findById(state: State, model: ModelName, id: ScalarValue): Row | undefined {
    return id === null ? undefined : state[model].find((r) => r.id === id);
}

/** The related row of a to-one relation (null when unset), or the related rows of a to-many one. */
export function relatedOne(state: State, model: ModelName, row: Row, field: string): Row | null {
    const relation = MODELS[model].relations[field]!;
    return findById(state, relation.target, row[relation.fk] ?? null) ?? null;
}

export function relatedMany(state: State, model: ModelName, row: Row, field: string): Row[] {
    const relation = MODELS[model].relations[field]!;
    return state[relation.target].filter((r) => r[relation.fk] === row.id);
}

export function emptyState(): State {
    return { User: [], Org: [], Post: [], Comment: [] };
}

/** A state with `model`'s rows replaced, kept sorted by id. */
export function withRows(state: State, model: ModelName, rows: readonly Row[]): State {
    return { ...state, [model]: [...rows].sort((a, b) => (a.id as number) - (b.id as number)) };
}
