import type { ValidationChecks } from 'langium';
import type { ZModelAstType } from '../generated/ast.js';
import type { ZModelServices } from '../zmodel-module.js';
import { AttributeApplicationValidator } from './attribute-application-validator.js';

/** Registers every node validator; each file checks one kind of node. */
export function registerValidators(services: ZModelServices): void {
    const registry = services.validation.ValidationRegistry;
    const attributes = new AttributeApplicationValidator(services);
    const checks: ValidationChecks<ZModelAstType> = {
        DataModelAttribute: (node, accept) => attributes.check(node, accept),
        DataFieldAttribute: (node, accept) => attributes.check(node, accept),
        InternalAttribute: (node, accept) => attributes.check(node, accept),
    };
    registry.register(checks);
}
