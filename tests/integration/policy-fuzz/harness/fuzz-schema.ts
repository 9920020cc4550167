import type { ModelName } from './data-model.js';
import { RULES } from './rules.js';

/** The fields of each model in ZModel; the rules come from RULES, so schema and oracle share them. */
const FIELDS: Readonly<Record<ModelName, string>> = {
    User: `
    id       Int       @id
    email    String    @unique
    role     Role      @default(USER)
    banned   Boolean   @default(false)
    org       Org?      @relation(fields: [orgId], references: [id], onDelete: SetNull)
    orgId     Int?
    manager   User?     @relation("Manages", fields: [managerId], references: [id], onDelete: SetNull)
    managerId Int?
    reports   User[]    @relation("Manages")
    posts    Post[]
    comments Comment[]`,
    Org: `
    id      Int     @id
    name    String
    public  Boolean @default(false)
    members User[]
    posts   Post[]`,
    Post: `
    id        Int       @id
    title     String
    published Boolean   @default(false)
    views     Int       @default(0)
    likes     Int       @default(0)
    author    User      @relation(fields: [authorId], references: [id], onDelete: Cascade)
    authorId  Int       @default(auth().id)
    org       Org?      @relation(fields: [orgId], references: [id], onDelete: SetNull)
    orgId     Int?
    comments  Comment[]`,
    Comment: `
    id       Int     @id
    text     String
    hidden   Boolean @default(false)
    post     Post    @relation(fields: [postId], references: [id], onDelete: Cascade)
    postId   Int
    author   User?   @relation(fields: [authorId], references: [id], onDelete: SetNull)
    authorId Int?    @default(auth().id)`,
};

function renderModel(model: ModelName): string {
    const rules = RULES[model].map((r) => `    @@${r.kind}('${r.operations}', ${r.condition})`);
    return `model ${model} {${FIELDS[model]}\n\n${rules.join('\n')}\n}`;
}

/** Users in orgs writing posts and comments, with rules of every kind the runtime compiles. */
export const FUZZ_SCHEMA = [
    'enum Role {\n    USER\n    EDITOR\n    ADMIN\n}',
    ...(['User', 'Org', 'Post', 'Comment'] as const).map(renderModel),
].join('\n\n');
