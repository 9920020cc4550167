import type { ValidationAcceptor } from 'langium';
import { isDataModel, type DataField, type DataModel } from '../generated/ast.js';
import { getAllFields, hasAttribute } from '../ast-utils.js';
import { referencedFields } from './attribute-args.js';
import { getPhysicalFields } from './model-hierarchy.js';
import { ownsForeignKey, relationInfo, type RelationInfo } from './relation-info.js';
import { isUniqueCriterion } from './unique-criteria.js';

interface RelationEnd {
    readonly field: DataField;
    readonly target: DataModel;
    readonly info: RelationInfo;
}

/**
 * Pairs each relation field of a concrete model with its opposite field, as Prisma does:
 * fields between the same two models with the same relation name form one relation.
 * Problems are reported on this model's side only; the other side reports its own.
 */
export function checkRelationPairs(model: DataModel, provider: () => string | undefined, accept: ValidationAcceptor): void {
    if (model.isAbstract || !model.name) return;
    const ends = relationEnds(model);
    for (const end of ends) {
        const peers = ends.filter((e) => e.target === end.target && e.info.name === end.info.name);
        const report = reporter(model, end.field, accept);
        if (end.target === model) {
            if (peers.length === 1) report(`self relation field '${end.field.name}' has no opposite field: a self relation needs two fields of type '${model.name}' with the same relation name`, 'missing-opposite-relation');
            else if (peers.length === 2) checkPair(model, end, peers.find((p) => p !== end)!, provider, report);
            else report(ambiguous(model, peers, true), 'ambiguous-relation');
            continue;
        }
        if (peers.length > 1) {
            report(ambiguous(model, peers, false), 'ambiguous-relation');
            continue;
        }
        const opposites = relationEnds(end.target).filter((e) => e.target === model && e.info.name === end.info.name);
        // several opposites make the relation ambiguous on the other model, which reports it
        if (opposites.length === 1) checkPair(model, end, opposites[0]!, provider, report);
        else if (opposites.length === 0) {
            const named = end.info.name ? ` with relation name '${end.info.name}'` : '';
            report(`relation field '${end.field.name}' has no opposite field in model '${end.target.name}': add a field of type '${model.name}' (or '${model.name}[]')${named}`, 'missing-opposite-relation');
        }
    }
}

type Report = (message: string, code: string) => void;

function checkPair(model: DataModel, end: RelationEnd, opposite: RelationEnd, provider: () => string | undefined, report: Report): void {
    const name = end.field.name;
    const between = `'${model.name}.${name}' and '${end.target.name}.${opposite.field.name}'`;
    const mine = ownsForeignKey(end.info);
    const theirs = ownsForeignKey(opposite.info);
    const myList = end.field.type?.array === true;
    const theirList = opposite.field.type?.array === true;
    if (myList && theirList) {
        // MongoDB stores a many-to-many relation as id lists named on both sides
        if (mine && provider() !== 'mongodb') report(`the implicit many-to-many relation between ${between} cannot have fields or references`, 'relation-fields-on-list');
        else if (!mine && !hasSingleFieldId(end.target)) report(`the implicit many-to-many relation ${between} needs model '${end.target.name}' to have a single-field @id`, 'many-to-many-id');
        return;
    }
    if (myList) {
        if (mine) report(`the list side of a relation cannot have fields or references: put them on '${end.target.name}.${opposite.field.name}'`, 'relation-fields-on-list');
        return;
    }
    if (theirList) {
        if (!mine) report(`relation field '${name}' must name its foreign key: @relation(fields: [...], references: [...])`, 'missing-relation-fields');
        return;
    }
    if (mine && theirs) {
        report(`fields and references can be given on only one side of the one-to-one relation between ${between}`, 'relation-fields-on-both-sides');
    } else if (!mine && !theirs) {
        report(`one side of the one-to-one relation between ${between} must give fields and references`, 'missing-relation-fields');
    } else if (mine) {
        const locals = referencedFields(end.info.fields);
        if (locals.length > 0 && !isUniqueCriterion(model, locals)) {
            const names = locals.map((f) => f.name).join(', ');
            report(`the fields of one-to-one relation field '${name}' (${names}) must be unique: mark them @unique or add @@unique([${names}])`, 'one-to-one-not-unique');
        }
    } else if (!end.field.type?.optional) {
        report(`relation field '${name}' must be optional: the side of a one-to-one relation without fields cannot be required`, 'required-back-relation');
    }
}

function relationEnds(model: DataModel): RelationEnd[] {
    return getPhysicalFields(model).flatMap((field) => {
        const target = field.type?.reference?.ref;
        // relations to abstract models are reported on the field itself
        return isDataModel(target) && !target.isAbstract ? [{ field, target, info: relationInfo(field) }] : [];
    });
}

function ambiguous(model: DataModel, peers: readonly RelationEnd[], self: boolean): string {
    const names = peers.map((p) => `'${p.field.name}'`).join(', ');
    const target = peers[0]!.target.name;
    return self
        ? `ambiguous self relation: fields ${names} of model '${model.name}' refer to '${target}' with the same relation name; name each pair with @relation("...")`
        : `ambiguous relation: fields ${names} of model '${model.name}' all refer to model '${target}'; give each a distinct name with @relation("...")`;
}

function hasSingleFieldId(model: DataModel): boolean {
    return getAllFields(model).some((f) => hasAttribute(f, '@id'));
}

/** Reports on the field when it is declared here, else on the model that inherits it. */
function reporter(model: DataModel, field: DataField, accept: ValidationAcceptor): Report {
    return (message, code) => {
        if (field.$container === model) accept('error', message, { node: field, property: 'name', code });
        else accept('error', `${message} (inherited from '${field.$container.name}')`, { node: model, property: 'name', code });
    };
}
