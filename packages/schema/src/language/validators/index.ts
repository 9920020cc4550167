import type { ValidationChecks } from 'langium';
import type { ZModelAstType } from '../generated/ast.js';
import type { ZModelServices } from '../zmodel-module.js';
import { AttributeApplicationValidator } from './attribute-application-validator.js';
import { ConfigBlockValidator } from './config-block-validator.js';
import { DataFieldValidator } from './data-field-validator.js';
import { DataModelValidator } from './data-model-validator.js';
import { DataSourceValidator } from './datasource-validator.js';
import { DelegateValidator } from './delegate-validator.js';
import { EnumValidator } from './enum-validator.js';
import { ExpressionValidator } from './expression-validator.js';
import { FunctionInvocationValidator } from './function-invocation-validator.js';
import { PolicyAttributeValidator } from './policy-attribute-validator.js';
import { RelationValidator } from './relation-validator.js';
import { TypeDefValidator } from './type-def-validator.js';
import { ValidationAttributeValidator } from './validation-attribute-validator.js';

/** Registers every node validator; each file checks one kind of node. */
export function registerValidators(services: ZModelServices): void {
    const registry = services.validation.ValidationRegistry;
    const attributes = new AttributeApplicationValidator(services);
    const policies = new PolicyAttributeValidator();
    const validations = new ValidationAttributeValidator();
    const models = new DataModelValidator();
    const relations = new RelationValidator(services);
    const fields = new DataFieldValidator();
    const typeDefs = new TypeDefValidator();
    const enums = new EnumValidator();
    const datasources = new DataSourceValidator();
    const configBlocks = new ConfigBlockValidator();
    const expressions = new ExpressionValidator(services);
    const invocations = new FunctionInvocationValidator(services);
    const checks: ValidationChecks<ZModelAstType> = {
        DataModelAttribute: [(node, accept) => attributes.check(node, accept), (node, accept) => policies.check(node, accept), (node, accept) => validations.check(node, accept)],
        DataFieldAttribute: [(node, accept) => attributes.check(node, accept), (node, accept) => policies.check(node, accept), (node, accept) => validations.check(node, accept)],
        InternalAttribute: (node, accept) => attributes.check(node, accept),
        DataModel: [(node, accept) => models.check(node, accept), (node, accept) => relations.check(node, accept)],
        DataField: (node, accept) => fields.check(node, accept),
        TypeDef: (node, accept) => typeDefs.check(node, accept),
        Enum: (node, accept) => enums.check(node, accept),
        DataSource: (node, accept) => datasources.check(node, accept),
        GeneratorDecl: (node, accept) => configBlocks.check(node, accept),
        Plugin: (node, accept) => configBlocks.check(node, accept),
        BinaryExpr: (node, accept) => expressions.checkBinary(node, accept),
        UnaryExpr: (node, accept) => expressions.checkUnary(node, accept),
        CollectionPredicateExpr: (node, accept) => expressions.checkCollectionPredicate(node, accept),
        InvocationExpr: (node, accept) => invocations.check(node, accept),
    };
    registry.register(checks);
    const delegates = new DelegateValidator(services);
    registry.register<ZModelAstType>({ DataModel: (node, accept) => delegates.check(node, accept) });
}
