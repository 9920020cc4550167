import type { ValidationAcceptor } from 'langium';
import { isEnum, type DataModel, type DataModelAttribute } from '../generated/ast.js';
import { attributeName, getAllFields, getArgument, hasAttribute, isRelationField } from '../ast-utils.js';
import { listItems, referencedField } from './attribute-args.js';
import { checkDuplicateFields, checkInheritanceCycle } from './inheritance-checks.js';
import { isRequired, uniqueCriteria } from './unique-criteria.js';
import { checkReservedName } from './reserved-names.js';

// model attributes whose field list names columns, so relation fields cannot appear there
const FIELD_LIST_ATTRIBUTES = new Set(['@@id', '@@unique', '@@index', '@@fulltext']);

/** Checks a model as a whole: fields, inheritance, its unique criterion and field lists. */
export class DataModelValidator {
    check(model: DataModel, accept: ValidationAcceptor): void {
        checkReservedName(model, 'model', accept);
        checkDuplicateFields(model, accept);
        const cyclic = checkInheritanceCycle(model, accept);
        this.#checkBases(model, accept);
        if (!cyclic) this.#checkUniqueCriterion(model, accept);
        for (const attr of model.attributes) {
            const name = attributeName(attr);
            if (FIELD_LIST_ATTRIBUTES.has(name)) this.#checkFieldList(attr, name, accept);
            if (name === '@@delegate') this.#checkDiscriminator(model, attr, accept);
        }
    }

    /** Only abstract models and delegate bases may be extended: others have their own table. */
    #checkBases(model: DataModel, accept: ValidationAcceptor): void {
        model.superTypes.forEach((ref, index) => {
            const base = ref.ref;
            if (!base || base === model || base.isAbstract || hasAttribute(base, '@@delegate')) return;
            accept('error', `model '${model.name}' cannot extend '${base.name}': only abstract models and models marked @@delegate can be extended`, {
                node: model,
                property: 'superTypes',
                index,
                code: 'invalid-base-model',
            });
        });
    }

    /** Prisma needs each model to identify its rows: @id, @@id, or a unique over required fields. */
    #checkUniqueCriterion(model: DataModel, accept: ValidationAcceptor): void {
        if (model.isAbstract || model.isView || !model.name || hasAttribute(model, '@@ignore')) return;
        if (uniqueCriteria(model).some((c) => c.required)) return;
        accept('error', `model '${model.name}' has no unique criterion: mark a field with @id, or add @@id, or a @unique/@@unique over required fields`, {
            node: model,
            property: 'name',
            code: 'missing-unique-criterion',
        });
    }

    #checkFieldList(attr: DataModelAttribute, name: string, accept: ValidationAcceptor): void {
        for (const item of listItems(getArgument(attr, 'fields')?.value)) {
            const field = referencedField(item);
            if (!field) continue;
            if (isRelationField(field)) {
                accept('error', `relation field '${field.name}' cannot be used in ${name}: name its scalar fields instead`, { node: item, code: 'relation-field-in-index' });
            } else if (name === '@@id' && !isRequired(field)) {
                accept('error', `field '${field.name}' in @@id must be required`, { node: item, code: 'optional-id' });
            }
        }
    }

    /** The discriminator names the concrete model of each row, so it is a String or enum field here. */
    #checkDiscriminator(model: DataModel, attr: DataModelAttribute, accept: ValidationAcceptor): void {
        const arg = getArgument(attr, 'discriminator');
        const field = referencedField(arg?.value);
        if (!arg || !field) return;
        if (!getAllFields(model).includes(field)) {
            accept('error', `the discriminator of @@delegate must be a field of model '${model.name}'`, { node: arg, code: 'invalid-discriminator' });
        } else if (field.type?.type !== 'String' && !isEnum(field.type?.reference?.ref)) {
            accept('error', `the discriminator field '${field.name}' must be a String or an enum`, { node: arg, code: 'invalid-discriminator' });
        }
    }
}
