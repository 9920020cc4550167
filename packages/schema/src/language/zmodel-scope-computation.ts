import { DefaultScopeComputation, type AstNodeDescription, type LangiumDocument } from 'langium';
import { isEnum, isModel } from './generated/ast.js';

/** Exports enum members next to the top-level declarations, so `onDelete: Cascade` links anywhere. */
export class ZModelScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(document: LangiumDocument): Promise<AstNodeDescription[]> {
        const exports = await super.collectExportedSymbols(document);
        const root = document.parseResult.value;
        if (isModel(root)) {
            for (const decl of root.declarations) {
                if (!isEnum(decl)) continue;
                for (const field of decl.fields) {
                    exports.push(this.descriptions.createDescription(field, field.name, document));
                }
            }
        }
        return exports;
    }
}
