import { DefaultLinker, type AstNodeDescription, type LinkingError, type ReferenceInfo } from 'langium';
import { isMemberAccessExpr } from './generated/ast.js';

const WHAT_BY_PROPERTY: Record<string, string> = {
    reference: 'type',
    superTypes: 'model',
    decl: 'attribute',
    function: 'function',
    target: 'field or enum value',
    member: 'field',
};

/** Linking errors worded for schema authors: "unknown attribute '@foo'". */
export class ZModelLinker extends DefaultLinker {
    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const name = refInfo.reference.$refText;
        const what = WHAT_BY_PROPERTY[refInfo.property] ?? 'reference';
        let message = `unknown ${what} '${name}'`;
        if (isMemberAccessExpr(refInfo.container)) message += ' on this expression';
        return { info: refInfo, message, targetDescription };
    }
}
