import type { ConfigBlock, ConfigValue } from '@zenstackhq/sdk';
import { layoutRows, printBlock, printDocumentation } from './column-layout.js';
import { toLiteral } from './string-literal.js';

/** Prints a `datasource` or `generator` block with its values as written in the ZModel. */
export function printConfigBlock(keyword: 'datasource' | 'generator', block: ConfigBlock): string {
    const rows = block.fields.map((f) => ({ documentation: [], cells: [f.name, `= ${printConfigValue(f.value)}`] }));
    return [...printDocumentation(block.documentation), printBlock(`${keyword} ${block.name}`, layoutRows(rows))].join('\n');
}

export function printConfigValue(value: ConfigValue): string {
    switch (value.kind) {
        case 'literal':
            return toLiteral(value.value);
        case 'array':
            return `[${value.items.map(printConfigValue).join(', ')}]`;
        case 'call': {
            if (!value.hasParens) return value.name;
            const args = value.args.map((a) => (a.name ? `${a.name}: ${toLiteral(a.value)}` : toLiteral(a.value)));
            return `${value.name}(${args.join(', ')})`;
        }
    }
}
