// The ZModel schemas of the runtime workloads. Each is the models only: the bench adds the
// datasource and generator each side needs (testtools' prelude for ours, a v2 project for v2).

/**
 * The datasource and an engine-free generator for a project's schema (the URL only has to resolve:
 * clients connect through driver adapters). The client goes to `node_modules/.prisma/client`
 * next to the Prisma schema, inside the project.
 */
export function schemaHeader(provider) {
    const url = provider === 'sqlite' ? 'file:./dev.db' : 'postgresql://postgres:postgres@127.0.0.1:54329/zenstack_placeholder';
    return [
        'datasource db {',
        `    provider = "${provider}"`,
        `    url      = "${url}"`,
        '}',
        '',
        'generator client {',
        '    provider   = "prisma-client-js"',
        '    engineType = "client"',
        '    output     = "./node_modules/.prisma/client"',
        '}',
        '',
    ].join('\n');
}

/** Posts readable by their owner or by members of their org; created and updated by their owner. */
export const POLICY_SCHEMA = `
model User {
    id          Int          @id
    memberships Membership[]
    posts       Post[]
    @@allow('all', true)
}
model Org {
    id      Int          @id
    members Membership[]
    posts   Post[]
    @@allow('all', true)
}
model Membership {
    id     Int  @id @default(autoincrement())
    user   User @relation(fields: [userId], references: [id])
    userId Int
    org    Org  @relation(fields: [orgId], references: [id])
    orgId  Int
    @@allow('all', true)
}
model Post {
    id       Int       @id @default(autoincrement())
    title    String
    owner    User      @relation(fields: [ownerId], references: [id])
    ownerId  Int
    org      Org       @relation(fields: [orgId], references: [id])
    orgId    Int
    comments Comment[]
    @@allow('read', auth() == owner || org.members?[user == auth()])
    @@allow('create,update', auth() == owner)
    @@deny('update', future().ownerId != ownerId)
}
model Comment {
    id     Int    @id @default(autoincrement())
    text   String
    post   Post   @relation(fields: [postId], references: [id])
    postId Int
    @@allow('all', auth() != null)
}
`;

/** A delegate base with four concrete models. */
export const POLYMORPHIC_SCHEMA = `
model Content {
    id        Int    @id @default(autoincrement())
    viewCount Int
    type      String
    @@delegate(type)
}
model Post extends Content { title String }
model Image extends Content { format String }
model Video extends Content { duration Int }
model Audio extends Content { bitrate Int }
`;

/** The concrete models of POLYMORPHIC_SCHEMA, with the value of each one's own field. */
export const CONTENT_KINDS = {
    Post: (i) => ({ title: `p${i}` }),
    Image: (i) => ({ format: `f${i}` }),
    Video: (i) => ({ duration: i }),
    Audio: (i) => ({ bitrate: i }),
};

/**
 * A schema of `count` models for timing `zenstack generate`: a User, then groups of a delegate
 * base with policies, three concrete models and a plain model related to the base.
 */
export function generatedSchema(count) {
    const user = ['model User {', '    id Int @id @default(autoincrement())'];
    const blocks = [];
    let models = 1;
    for (let g = 0; models < count; g++) {
        const left = count - models;
        user.push(`    items${g} Item${g}[]`);
        const base = [
            `model Item${g} {`,
            '    id        Int     @id @default(autoincrement())',
            '    kind      String',
            '    published Boolean @default(false)',
            '    viewCount Int     @default(0)',
            '    owner     User    @relation(fields: [ownerId], references: [id])',
            '    ownerId   Int',
        ];
        if (left >= 5) base.push(`    tags      Tag${g}[]`);
        base.push(
            "    @@delegate(kind)",
            "    @@allow('read', published || auth() == owner)",
            "    @@allow('create,update,delete', auth() == owner)",
            '}',
        );
        blocks.push(base.join('\n'));
        models++;
        for (const sub of ['A', 'B', 'C'].slice(0, Math.min(3, count - models))) {
            blocks.push(`model Item${g}${sub} extends Item${g} {\n    value${sub} String\n}`);
            models++;
        }
        if (left >= 5) {
            blocks.push(
                [
                    `model Tag${g} {`,
                    '    id     Int    @id @default(autoincrement())',
                    '    label  String',
                    `    item   Item${g} @relation(fields: [itemId], references: [id])`,
                    '    itemId Int',
                    "    @@allow('all', auth() != null)",
                    '}',
                ].join('\n'),
            );
            models++;
        }
    }
    user.push("    @@allow('all', true)", '}');
    return [user.join('\n'), ...blocks].join('\n\n') + '\n';
}
