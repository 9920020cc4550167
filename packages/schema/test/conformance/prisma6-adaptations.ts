/**
 * Rewrites a corpus schema into one Prisma 6.19 accepts, for the upstream files written for
 * older or newer Prisma. Each rewrite is named so the test report says what was adapted;
 * the corpus files themselves stay byte-for-byte upstream.
 */
export function adaptForPrisma6(text: string): { text: string; adaptations: string[] } {
    const adaptations: string[] = [];
    let out = text;

    // newer projects keep the url in prisma.config.ts; 6.19's schema validation still needs it
    const datasource = /datasource\s+\w+\s*\{[^}]*\}/.exec(out);
    if (datasource && !/^\s*url\s*=/m.test(datasource[0])) {
        const withUrl = datasource[0].replace(/^(\s*)(provider\s*=.*)$/m, '$1$2\n$1url = env("DATABASE_URL")');
        out = out.replace(datasource[0], withUrl);
        adaptations.push('added datasource url');
    }

    // Prisma 5 allowed primary keys on views; 6.19 rejects them ("Views cannot have primary keys")
    out = out.replace(/^view\s+\w+\s*\{[\s\S]*?^\}/gm, (block) => {
        const rewritten = block.replace(/@id\b/g, '@unique').replace(/@@id\(/g, '@@unique(');
        if (rewritten !== block) adaptations.push('view @id → @unique');
        return rewritten;
    });

    // ZModel's own parser tests use views without the flag Prisma 6.19 requires for them
    if (/^view\s/m.test(out)) {
        const generator = /generator\s+\w+\s*\{[^}]*provider\s*=\s*["']prisma-client(-js)?["'][^}]*\}/.exec(out);
        if (generator && !/["']views["']/.test(generator[0])) {
            const withViews = /previewFeatures\s*=\s*\[/.test(generator[0])
                ? generator[0].replace(/previewFeatures\s*=\s*\[/, '$&"views", ')
                : generator[0].replace(/^(\s*)(provider\s*=.*)$/m, '$1$2\n$1previewFeatures = ["views"]');
            out = out.replace(generator[0], withViews);
            adaptations.push('enabled the views preview feature');
        }
    }
    return { text: out, adaptations: [...new Set(adaptations)] };
}
