import { idSelect, idsFilter, mergeResult, type DelegateCall } from './delegate-call.js';
import type { Plain } from './rewrite/paths.js';
import { rewriteRead } from './rewrite/selection.js';
import type { SideWrite } from './rewrite/write-context.js';
import { scopedWhere } from './rewrite/write-data.js';

/**
 * Runs one side write. An update first fixes the set of rows by id, so that a table updated
 * first cannot change which rows the next table's filter selects.
 */
export async function runSideWrite(call: DelegateCall, side: SideWrite): Promise<void> {
    const { h } = call;
    if (side.kind === 'deleteMany') {
        const root = h.root(side.model);
        await call.run(root, 'deleteMany', { where: scopedWhere(h, side.model, side.filter, root) });
        return;
    }
    const { args, plan } = rewriteRead(h, side.model, { where: side.filter, select: idSelect(h, side.model) }, false);
    const rows = mergeResult(h, plan, await call.run(side.model, 'findMany', args)) as Plain[];
    if (rows.length === 0) return;
    for (const [level, data] of side.levels) await call.run(level, 'updateMany', { where: idsFilter(h, side.model, rows), data });
}
