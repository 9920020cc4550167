import { MODELS, type ModelName, type State } from './data-model.js';
import { aggregateRows, countRows, groupRows } from './aggregate-engine.js';
import type { Expected, FluentStep, Operation, ReadKind } from './operation.js';
import { findRows, projectRow } from './read-engine.js';
import { isPlain, type Plain, type View } from './where-filter.js';

type ReadOracle = (view: View, model: ModelName, args: Plain) => unknown;

const first = (view: View, model: ModelName, args: Plain) => {
    const [row] = findRows(view, model, { ...args, take: 1 });
    return row === undefined ? null : projectRow(view, model, row, args);
};
const NOT_FOUND = Symbol('not found');
const orThrow = (read: ReadOracle): ReadOracle => (view, model, args) => read(view, model, args) ?? NOT_FOUND;
const unique: ReadOracle = (view, model, args) => first(view, model, { where: args.where, select: args.select, include: args.include, omit: args.omit });

/** What each read returns for the user: rows and aggregates over what the rules let them read. */
const READS: Record<ReadKind, ReadOracle> = {
    findMany: (view, model, args) => findRows(view, model, args).map((row) => projectRow(view, model, row, args)),
    findUnique: unique,
    findUniqueOrThrow: orThrow(unique),
    findFirst: first,
    findFirstOrThrow: orThrow(first),
    count: countRows,
    aggregate: aggregateRows,
    groupBy: groupRows,
};

export function expectRead(view: View, state: State, operation: Operation): Expected {
    const read = READS[operation.kind as ReadKind];
    const steps = operation.fluent ?? [];
    const args = steps.length > 0 ? { ...operation.args, select: fluentSelection(steps) } : operation.args;
    const value = read(view, operation.model, args);
    if (value === NOT_FOUND) return { status: 'error', codes: ['P2025'], state };
    return { status: 'ok', value: pickFluent(value, steps), state };
}

/** `findUnique(a).posts(b).author()` selects `{ posts: { ...b, select: { author: true } } }`. */
export function fluentSelection(steps: readonly FluentStep[]): Plain {
    const [step, ...rest] = steps;
    if (!step) return {};
    const inner = rest.length > 0 ? { ...step.args, select: fluentSelection(rest) } : (step.args ?? true);
    return { [step.field]: inner };
}

function pickFluent(value: unknown, steps: readonly FluentStep[]): unknown {
    return steps.reduce<unknown>((current, step) => (isPlain(current) ? current[step.field] : current === null || current === undefined ? null : current), value);
}

/** The model a fluent chain ends on. */
export function fluentModel(model: ModelName, steps: readonly FluentStep[]): ModelName {
    return steps.reduce<ModelName>((m, step) => MODELS[m].relations[step.field]!.target, model);
}
