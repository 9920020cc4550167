/** A blog with the rule kinds users write most: ownership, roles, publication, relations. */
export const BLOG_POLICY_SCHEMA = `
enum Role {
    USER
    ADMIN
}

model User {
    id     Int     @id @default(autoincrement())
    email  String  @unique
    role   Role    @default(USER)
    posts  Post[]
    banned Boolean @default(false)

    @@allow('create', true)
    @@allow('read', auth() != null)
    @@allow('update,delete', auth() == this || auth().role == ADMIN)
}

model Post {
    id        Int       @id @default(autoincrement())
    title     String
    published Boolean   @default(false)
    views     Int       @default(0)
    author    User      @relation(fields: [authorId], references: [id], onDelete: Cascade)
    authorId  Int       @default(auth().id)
    comments  Comment[]

    @@allow('read', published || auth() == author)
    @@allow('create', auth() == author && !author.banned)
    @@allow('update', auth() == author)
    @@deny('update', future().authorId != authorId)
    @@allow('delete', auth() == author || auth().role == ADMIN)
    @@deny('all', contains(title, 'forbidden'))
}

model Comment {
    id      Int     @id @default(autoincrement())
    text    String
    post    Post    @relation(fields: [postId], references: [id], onDelete: Cascade)
    postId  Int
    hidden  Boolean @default(false)

    @@allow('read', !hidden && check(post, 'read'))
    @@allow('create', true)
}
`;
