/** Valid schemas the fuzzer starts from, each a set of files whose first one is the entry. */
export const SEED_SCHEMAS: Record<string, Record<string, string>> = {
    blog: {
        '/blog/schema.zmodel': `
datasource db {
    provider = "postgresql"
    url      = env("DATABASE_URL")
}

generator client {
    provider = "prisma-client-js"
}

plugin hooks {
    provider = '@zenstackhq/tanstack-query'
    output   = './hooks'
    options  = { target: 'react', flags: [1, 2] }
}

enum Role {
    USER
    ADMIN
}

/// a person who writes
model User {
    id       Int       @id @default(autoincrement())
    email    String    @unique @email
    password String    @password @omit
    role     Role      @default(USER)
    posts    Post[]
    profile  Profile?
    tags     String[]
    manager  User?     @relation("Team", fields: [managerId], references: [id])
    managerId Int?
    reports  User[]    @relation("Team")

    @@allow('create,read', true)
    @@allow('all', auth() == this)
    @@deny('delete', role == ADMIN && !(auth().role == ADMIN))
}

model Profile {
    id     Int    @id @default(autoincrement())
    bio    String @length(0, 200)
    user   User   @relation(fields: [userId], references: [id], onDelete: Cascade)
    userId Int    @unique
}

model Post {
    id        String    @id @default(cuid())
    createdAt DateTime  @default(now())
    title     String    @db.VarChar(200)
    published Boolean   @default(false)
    views     Int       @default(0) @gte(0)
    author    User      @relation(fields: [authorId], references: [id])
    authorId  Int
    labels    Label[]
    secret    String?   @allow('read', auth() == author)

    @@index([authorId, createdAt(sort: Desc)])
    @@allow('read', published || author == auth())
    @@allow('update', author == auth() && future().author == author && views <= future().views)
    @@allow('create', labels?[name in ['a', 'b']] && auth().role != null)
    @@validate(views >= 0 && title != '', 'views must be positive')
}

model Label {
    id    Int    @id
    name  String
    posts Post[]
}
`,
    },
    inheritance: {
        '/inherit/schema.zmodel': `
import './base'

datasource db {
    provider = 'sqlite'
    url      = 'file:./dev.db'
}

type Address {
    street String
    city   String @length(1, 10)
}

model Org extends Base {
    name    String
    members Member[]
    assets  Asset[]
    address Address @json

    @@allow('read', members?[user == auth() && role in [OWNER, ADMIN]])
    @@deny('all', members^[user == auth()] && !members![role == OWNER])
}

model Member {
    id     Int        @id
    org    Org        @relation(fields: [orgId], references: [id])
    orgId  String
    user   User       @relation(fields: [userId], references: [id])
    userId Int
    role   MemberRole

    @@unique([orgId, userId])
}

model User {
    id      Int      @id
    members Member[]
    assets  Asset[]
    @@auth
}

model Asset {
    id      Int    @id @default(autoincrement())
    kind    String
    org     Org    @relation(fields: [orgId], references: [id])
    orgId   String
    owner   User   @relation(fields: [ownerId], references: [id])
    ownerId Int    @default(auth().id)
    @@delegate(kind)
    @@allow('all', check(org, 'read') && currentModel() == 'Asset')
}

model Image extends Asset {
    width Int @gt(0)
}

view OrgView {
    id   String @unique
    name String
}
`,
        '/inherit/base.zmodel': `
import './schema'

enum MemberRole { OWNER ADMIN MEMBER }

abstract model Base {
    id        String   @id @default(uuid())
    createdAt DateTime @default(now())
    @@deny('delete', createdAt > now())
}

attribute @@audit(_ level: Int?)
function isOwner(user: Int): Boolean {
}
`,
    },
};
