import { lowerCaseFirst } from '@zenstackhq/sdk';

/** Prefix of the relation fields that link a concrete row to its base row (ZenStack v2's layout). */
export const DELEGATE_AUX_PREFIX = 'delegate_aux_';

/** On a sub model: the relation to its base row, `delegate_aux_content`. */
export function auxFieldToBase(baseModel: string): string {
    return `${DELEGATE_AUX_PREFIX}${lowerCaseFirst(baseModel)}`;
}

/** On a base model: the back relation to a sub model's row, `delegate_aux_post`. */
export function auxFieldToSub(subModel: string): string {
    return `${DELEGATE_AUX_PREFIX}${lowerCaseFirst(subModel)}`;
}

export function auxRelationName(baseModel: string, subModel: string): string {
    return `${DELEGATE_AUX_PREFIX}${baseModel}_${subModel}`;
}
