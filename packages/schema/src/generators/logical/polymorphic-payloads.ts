import { applyEdits, type TextEdit } from './text-edits.js';
import type { PolymorphicView } from './polymorphic-view.js';

/**
 * The payload types of the rendered client declarations in the polymorphic view: a base's
 * `scalars` become the union of its concrete models' (so a read narrows on the discriminator),
 * and a concrete model's discriminators their literal value. Prisma renders each payload in
 * one fixed shape, so finding them takes one scan of the text rather than a parse.
 */
export function toPolymorphicPayloads(declarations: string, view: PolymorphicView): string {
    const edits: TextEdit[] = [];
    const payload = /^ {2}export type \$(\w+)Payload<.*\n/gm;
    for (let match = payload.exec(declarations); match; match = payload.exec(declarations)) {
        const model = match[1]!;
        const leaves = view.leavesByBase.get(model);
        const value = view.discriminatorValue.get(model);
        if (!leaves && value === undefined) continue;
        const scalars = scalarsOf(declarations, payload.lastIndex, model);
        if (leaves) {
            edits.push({ ...scalars, text: leaves.map((leaf) => `$${leaf}Payload<ExtArgs>["scalars"]`).join(' | ') });
            continue;
        }
        for (const field of view.discriminatorsByModel.get(model) ?? []) {
            const line = declarations.indexOf(`\n      ${field}: `, scalars.start);
            if (line < 0 || line > scalars.end) throw unexpected(model, `no scalar '${field}'`);
            const start = line + `\n      ${field}: `.length;
            edits.push({ start, end: declarations.indexOf('\n', start), text: JSON.stringify(value) });
        }
    }
    return applyEdits(declarations, edits);
}

/** Where the type of a payload's `scalars` property is, from the payload's first line on. */
function scalarsOf(declarations: string, from: number, model: string): { start: number; end: number } {
    const key = '\n    scalars: ';
    const start = declarations.indexOf(key, from);
    const end = declarations.indexOf('\n    composites: ', start);
    const next = declarations.indexOf('\n  }\n', from);
    if (start < 0 || end < 0 || end > next) throw unexpected(model, 'no scalars');
    return { start: start + key.length, end };
}

function unexpected(model: string, what: string): Error {
    return new Error(`unexpected shape of Prisma's client declarations: $${model}Payload has ${what}`);
}
