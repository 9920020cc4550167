import type { LangiumDocuments, ValidationAcceptor } from 'langium';
import type { ZModelServices } from '../zmodel-module.js';
import { isDataField, isDataModel, isEnum, isEnumField, isLiteralExpr, isModel, isReferenceExpr, type DataModel, type DataModelAttribute } from '../generated/ast.js';
import { attributeName, findAttribute, getAllFields, getAncestors } from '../ast-utils.js';

/**
 * Polymorphism rules: what a discriminator may be, which models may extend a polymorphic base,
 * and what each concrete model stores in the discriminators above it (`@@delegateMap`).
 */
export class DelegateValidator {
    readonly #documents: LangiumDocuments;

    constructor(services: ZModelServices) {
        this.#documents = services.shared.workspace.LangiumDocuments;
    }

    /** Every model of the schema, across its files. */
    #allModels(): DataModel[] {
        return this.#documents.all
            .toArray()
            .flatMap((doc) => (isModel(doc.parseResult.value) ? doc.parseResult.value.declarations.filter(isDataModel) : []));
    }

    check(model: DataModel, accept: ValidationAcceptor): void {
        this.#checkDiscriminator(model, accept);
        const delegateBases = model.superTypes.map((s) => s.ref).filter((b): b is DataModel => isDataModel(b) && isDelegate(b));
        if (delegateBases.length > 1) {
            accept('error', `a model can extend only one polymorphic base: ${delegateBases.map((b) => b.name).join(' and ')} are both marked @@delegate`, {
                node: model,
                property: 'superTypes',
                code: 'multiple-delegate-bases',
            });
            return;
        }
        const map = findAttribute(model.attributes, '@@delegateMap');
        if (delegateBases.length === 0) {
            if (map) accept('error', `@@delegateMap applies to models that extend a polymorphic (@@delegate) base`, { node: map, code: 'delegate-map-without-base' });
            return;
        }
        // only concrete models store their value; intermediate bases never have rows of their own
        if (!isDelegate(model)) this.#checkStoredValue(model, map, accept);
    }

    #checkDiscriminator(model: DataModel, accept: ValidationAcceptor): void {
        const delegate = findAttribute(model.attributes, '@@delegate');
        if (!delegate) return;
        if (model.isAbstract) {
            accept('error', `an abstract model cannot be a polymorphic base: remove 'abstract' or @@delegate`, { node: delegate, code: 'abstract-delegate' });
        }
        const arg = delegate.args[0]?.value;
        const field = isReferenceExpr(arg) ? arg.target?.ref : undefined;
        if (!isDataField(field)) return;
        // the type itself (String or enum) is checked with the field; a row must always say what it is
        if (field.type?.array || field.type?.optional) {
            accept('error', `the discriminator '${field.name}' must be required and not a list`, { node: delegate, code: 'invalid-discriminator' });
        }
    }

    #checkStoredValue(model: DataModel, map: DataModelAttribute | undefined, accept: ValidationAcceptor): void {
        const mapValue = map?.args[0]?.value;
        const target = map ?? model;
        for (const base of getAncestors(model).filter((a): a is DataModel => isDataModel(a) && isDelegate(a))) {
            const discriminator = discriminatorOf(base);
            if (!discriminator) continue;
            const enumType = discriminator.type?.reference?.ref;
            if (isEnum(enumType)) {
                if (!mapValue) {
                    if (!enumType.fields.some((f) => f.name === model.name)) {
                        accept('error', `'${model.name}' is not a member of enum ${enumType.name}, which ${base.name}.${discriminator.name} stores: add it to the enum or map the model with @@delegateMap(<member>)`, {
                            node: model,
                            property: 'name',
                            code: 'discriminator-value-missing',
                        });
                    }
                } else if (!isReferenceExpr(mapValue) || !isEnumField(mapValue.target?.ref)) {
                    accept('error', `@@delegateMap needs a member of enum ${enumType.name}, because ${base.name}.${discriminator.name} is of that enum`, { node: target, code: 'invalid-delegate-map' });
                } else if (mapValue.target.ref.$container !== enumType) {
                    accept('error', `${mapValue.target.ref.name} is a member of enum ${mapValue.target.ref.$container.name}, but ${base.name}.${discriminator.name} is of enum ${enumType.name}`, {
                        node: target,
                        code: 'invalid-delegate-map',
                    });
                }
            } else if (mapValue && !(isLiteralExpr(mapValue) && typeof mapValue.value === 'string') && !(isReferenceExpr(mapValue) && isEnumField(mapValue.target?.ref))) {
                accept('error', `@@delegateMap needs a string for ${base.name}.${discriminator.name}, a String discriminator`, { node: target, code: 'invalid-delegate-map' });
            }
        }
        this.#checkUnique(model, accept);
    }

    /** No two concrete models of one hierarchy may store the same value. */
    #checkUnique(model: DataModel, accept: ValidationAcceptor): void {
        const roots = getAncestors(model).filter((a): a is DataModel => isDataModel(a) && isDelegate(a));
        const root = roots[roots.length - 1];
        if (!root) return;
        const value = storedValue(model);
        const siblings = this.#allModels().filter((m) => m !== model && !isDelegate(m) && getAncestors(m).includes(root));
        const other = siblings.find((m) => storedValue(m) === value);
        if (other) {
            accept('error', `'${value}' is already the discriminator value of ${other.name} in the ${root.name} hierarchy: give one of them another @@delegateMap`, {
                node: findAttribute(model.attributes, '@@delegateMap') ?? model,
                code: 'duplicate-discriminator-value',
            });
        }
    }
}

function isDelegate(model: DataModel): boolean {
    return model.attributes.some((a) => attributeName(a) === '@@delegate');
}

function discriminatorOf(base: DataModel) {
    const arg = findAttribute(base.attributes, '@@delegate')?.args[0]?.value;
    const name = isReferenceExpr(arg) ? arg.target?.$refText : undefined;
    return name ? getAllFields(base).find((f) => f.name === name) : undefined;
}

function storedValue(model: DataModel): string {
    const value = findAttribute(model.attributes, '@@delegateMap')?.args[0]?.value;
    if (isLiteralExpr(value)) return String(value.value);
    if (isReferenceExpr(value)) return value.target?.$refText ?? model.name;
    return model.name;
}
