import { idSelect, mergeResult, findIds, type DelegateCall } from '../delegate-call.js';
import { withSideEffects } from '../orphan-cleanup.js';
import { asArray, type Plain } from '../rewrite/paths.js';
import { rewriteSelection } from '../rewrite/selection.js';
import { rewriteCreateData } from '../rewrite/write-data.js';
import { selectionOf, withoutSelection } from './selection-args.js';

/** `create`: the base rows are created by nested creates in the same Prisma call. */
export async function create(call: DelegateCall): Promise<unknown> {
    const { h, model, args } = call;
    const write = call.writeContext();
    const data = await rewriteCreateData(write, model, args.data);
    const { selection, plan } = rewriteSelection(h, model, args, true);
    return withSideEffects(call, write, async (c) => mergeResult(h, plan, await c.run(model, 'create', { ...withoutSelection(args), data, ...selection })));
}

/** `createMany` of a sub model: Prisma's createMany cannot create the base rows, so each row is created in one transaction. */
export async function createMany(call: DelegateCall): Promise<unknown> {
    if (!call.h.isPolymorphic(call.model)) return call.run(call.model, 'createMany', call.args);
    const rows = await createEach(call, { select: idSelect(call.h, call.model) });
    return { count: rows.length };
}

export async function createManyAndReturn(call: DelegateCall): Promise<unknown> {
    const { h, model, args } = call;
    if (!h.isPolymorphic(model)) {
        const { selection, plan } = rewriteSelection(h, model, args, true);
        return mergeResult(h, plan, await call.run(model, 'createManyAndReturn', { ...withoutSelection(args), ...selection }));
    }
    return createEach(call, selectionOf(args));
}

async function createEach(call: DelegateCall, selectionArgs: Plain): Promise<unknown[]> {
    const { h, model, args } = call;
    const items = asArray(args.data as Plain | Plain[]);
    const write = call.writeContext();
    const { selection, plan } = rewriteSelection(h, model, selectionArgs, true);
    return call.transaction(async (tx) => {
        const created: unknown[] = [];
        for (const item of items as Plain[]) {
            if (args.skipDuplicates && (await collides(tx, model, item))) continue;
            const data = await rewriteCreateData(write, model, item);
            created.push(mergeResult(h, plan, await tx.run(model, 'create', { data, ...selection })));
        }
        return created;
    });
}

/** For `skipDuplicates`: whether a row with the same value of a unique field or key exists. */
async function collides(call: DelegateCall, model: string, item: Plain): Promise<boolean> {
    for (const unique of Object.values(call.h.model(model).uniqueConstraints)) {
        if (!unique.fields.every((f) => item[f] !== undefined && item[f] !== null)) continue;
        const where = Object.fromEntries(unique.fields.map((f) => [f, item[f]]));
        if (await findIds(call, model, where)) return true;
    }
    return false;
}
