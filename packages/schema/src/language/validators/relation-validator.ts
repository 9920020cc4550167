import type { ValidationAcceptor } from 'langium';
import { isDataModel, type DataModel } from '../generated/ast.js';
import type { ZModelServices } from '../zmodel-module.js';
import { findDatasourceProvider } from './datasource-provider.js';
import { checkRelationArguments } from './relation-argument-checks.js';
import { checkRelationPairs } from './relation-pairing-checks.js';
import { relationInfo } from './relation-info.js';

/** Checks a model's relations: each `@relation` on its own, then how the fields pair up. */
export class RelationValidator {
    readonly #services: ZModelServices;

    constructor(services: ZModelServices) {
        this.#services = services;
    }

    check(model: DataModel, accept: ValidationAcceptor): void {
        for (const field of model.fields) {
            const target = field.type?.reference?.ref;
            if (isDataModel(target)) checkRelationArguments(field, target, relationInfo(field), accept);
        }
        // only MongoDB's many-to-many relations need the provider, so it is looked up on demand
        const provider = () => findDatasourceProvider(this.#services.shared.workspace.LangiumDocuments);
        checkRelationPairs(model, provider, accept);
    }
}
