/** Typed JSON fields of every shape: nested and optional types, lists of them, enums and dates inside. */
export const TYPED_JSON_SCHEMA = `
enum Role {
    USER
    ADMIN
}

type Address {
    city  String
    zip   String?
    since DateTime?
}

type Profile {
    age       Int
    bio       String
    role      Role
    birthday  DateTime
    address   Address?
    tags      String[]
    addresses Address[]
}

model User {
    id       Int       @id @default(autoincrement())
    profile  Profile   @json
    extra    Profile?  @json
    history  Address[] @json
    posts    Post[]

    @@allow('all', true)
}

model Post {
    id      Int  @id @default(autoincrement())
    owner   User @relation(fields: [ownerId], references: [id])
    ownerId Int

    @@allow('all', true)
}
`;

/** A typed field on a polymorphic base and one on a sub model. */
export const POLYMORPHIC_TYPED_JSON_SCHEMA = `
type Meta {
    publishedAt DateTime
}

model Content {
    id   Int    @id @default(autoincrement())
    meta Meta   @json
    type String

    @@delegate(type)
    @@allow('all', true)
}

model Post extends Content {
    extra Meta? @json
}
`;
