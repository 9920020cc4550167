import type { ModelMeta } from '@zenstackhq/sdk';
import type { RelationLookup } from './deferred-operation.js';

/** Answers "which model does `model.field` point to?" from the metadata, for the fluent API. */
export function createRelationLookup(modelMeta: ModelMeta): RelationLookup {
    return (model, field) => {
        const info = modelMeta.models[model]?.fields[field];
        return info?.kind === 'object' ? info.type : undefined;
    };
}
