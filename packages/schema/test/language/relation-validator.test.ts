import { describe, expect, it } from 'vitest';
import { errorsOf, zmodel } from './language-test-utils.js';

describe('relation validation', () => {
    describe('valid relations', () => {
        it('accepts one-to-many and one-to-one relations', async () => {
            const errors = await errorsOf(zmodel`
                model User {
                    id      Int      @id
                    posts   Post[]
                    profile Profile?
                }
                model Post {
                    id       Int   @id
                    author   User? @relation(fields: [authorId], references: [id], onDelete: Cascade)
                    authorId Int?
                }
                model Profile {
                    id     Int  @id
                    user   User @relation(fields: [userId], references: [id])
                    userId Int  @unique
                }
            `);
            expect(errors).toEqual([]);
        });

        it('accepts implicit many-to-many relations, named or not', async () => {
            const errors = await errorsOf(zmodel`
                model Post {
                    id       Int   @id
                    tags     Tag[]
                    pinnedBy Tag[] @relation("pins")
                }
                model Tag {
                    id     Int    @id
                    posts  Post[]
                    pinned Post[] @relation("pins")
                }
            `);
            expect(errors).toEqual([]);
        });

        it('accepts several relations between two models told apart by name', async () => {
            const errors = await errorsOf(zmodel`
                model User {
                    id       Int    @id
                    written  Post[] @relation("author")
                    reviewed Post[] @relation("reviewer")
                }
                model Post {
                    id         Int  @id
                    author     User @relation("author", fields: [authorId], references: [id])
                    authorId   Int
                    reviewer   User @relation("reviewer", fields: [reviewerId], references: [id])
                    reviewerId Int
                }
            `);
            expect(errors).toEqual([]);
        });

        it('accepts self relations: one-to-many, one-to-one and many-to-many', async () => {
            const errors = await errorsOf(zmodel`
                model Node {
                    id          Int    @id
                    parent      Node?  @relation(fields: [parentId], references: [id])
                    parentId    Int?
                    children    Node[]
                    next        Node?  @relation("chain", fields: [nextId], references: [id])
                    nextId      Int?   @unique
                    previous    Node?  @relation("chain")
                    followers   Node[] @relation("follows")
                    following   Node[] @relation("follows")
                }
            `);
            expect(errors).toEqual([]);
        });

        it('accepts a relation declared in an abstract base, paired in each concrete model', async () => {
            const errors = await errorsOf(zmodel`
                model User {
                    id       Int       @id
                    posts    Post[]
                    comments Comment[]
                }
                abstract model Owned {
                    owner   User @relation(fields: [ownerId], references: [id])
                    ownerId Int
                }
                model Post extends Owned {
                    id Int @id
                }
                model Comment extends Owned {
                    id Int @id
                }
            `);
            expect(errors).toEqual([]);
        });

        it('accepts a MongoDB many-to-many relation that stores id lists', async () => {
            const errors = await errorsOf(zmodel`
                datasource db {
                    provider = "mongodb"
                    url      = env("DATABASE_URL")
                }
                model Post {
                    id     String   @id @default(auto()) @map("_id") @db.ObjectId
                    tagIds String[] @db.ObjectId
                    tags   Tag[]    @relation(fields: [tagIds], references: [id])
                }
                model Tag {
                    id      String   @id @default(auto()) @map("_id") @db.ObjectId
                    postIds String[] @db.ObjectId
                    posts   Post[]   @relation(fields: [postIds], references: [id])
                }
            `);
            expect(errors).toEqual([]);
        });
    });

    describe('@relation arguments', () => {
        it('rejects fields and references of different lengths', async () => {
            const errors = await errorsOf(zmodel`
                model User {
                    id    Int    @id
                    posts Post[]
                }
                model Post {
                    id       Int  @id
                    author   User @relation(fields: [authorId, title], references: [id])
                    authorId Int
                    title    String
                }
            `);
            expect(errors).toEqual(["7:68 @relation of field 'author' has 2 field(s) but 1 reference(s) [relation-arity]"]);
        });

        it('rejects fields without references', async () => {
            const errors = await errorsOf(zmodel`
                model User {
                    id    Int    @id
                    posts Post[]
                }
                model Post {
                    id       Int  @id
                    author   User @relation(fields: [authorId])
                    authorId Int
                }
            `);
            expect(errors).toEqual(["7:19 @relation of field 'author' gives fields without references: give both [relation-arguments]"]);
        });

        it('rejects a field whose type differs from the referenced field', async () => {
            const errors = await errorsOf(zmodel`
                model User {
                    id    Int    @id
                    posts Post[]
                }
                model Post {
                    id       Int    @id
                    author   User   @relation(fields: [authorId], references: [id])
                    authorId String
                }
            `);
            expect(errors).toEqual([
                "7:40 the type of field 'authorId' (String) does not match the type of referenced field 'User.id' (Int) [relation-type-mismatch]",
            ]);
        });

        it('rejects references that are not a unique criterion of the related model', async () => {
            const errors = await errorsOf(zmodel`
                model User {
                    id    Int    @id
                    name  String
                    posts Post[]
                }
                model Post {
                    id         Int    @id
                    author     User   @relation(fields: [authorName], references: [name])
                    authorName String
                }
            `);
            expect(errors).toEqual([
                "8:67 the references of 'author' (name) must be a unique criterion of model 'User': an @id, @unique or @@unique field set [relation-references-not-unique]",
            ]);
        });

        it('rejects a required relation whose foreign key is optional', async () => {
            const errors = await errorsOf(zmodel`
                model User {
                    id    Int    @id
                    posts Post[]
                }
                model Post {
                    id       Int  @id
                    author   User @relation(fields: [authorId], references: [id])
                    authorId Int?
                }
            `);
            expect(errors).toEqual(["7:5 relation field 'author' must be optional because its field 'authorId' is optional [relation-optionality]"]);
        });
    });

    describe('pairing', () => {
        it('rejects a relation field without an opposite field', async () => {
            const errors = await errorsOf(zmodel`
                model User {
                    id Int @id
                }
                model Post {
                    id       Int  @id
                    author   User @relation(fields: [authorId], references: [id])
                    authorId Int
                }
            `);
            expect(errors).toEqual([
                "6:5 relation field 'author' has no opposite field in model 'User': add a field of type 'Post' (or 'Post[]') [missing-opposite-relation]",
            ]);
        });

        it('rejects a named relation whose opposite field has another name', async () => {
            const errors = await errorsOf(zmodel`
                model User {
                    id    Int    @id
                    posts Post[] @relation("written")
                }
                model Post {
                    id       Int  @id
                    author   User @relation("author", fields: [authorId], references: [id])
                    authorId Int
                }
            `);
            expect(errors).toEqual([
                "3:5 relation field 'posts' has no opposite field in model 'Post': add a field of type 'User' (or 'User[]') with relation name 'written' [missing-opposite-relation]",
                "7:5 relation field 'author' has no opposite field in model 'User': add a field of type 'Post' (or 'Post[]') with relation name 'author' [missing-opposite-relation]",
            ]);
        });

        it('rejects two unnamed relations between the same models as ambiguous', async () => {
            const errors = await errorsOf(zmodel`
                model User {
                    id       Int    @id
                    written  Post[]
                    reviewed Post[]
                }
                model Post {
                    id         Int  @id
                    author     User @relation(fields: [authorId], references: [id])
                    authorId   Int
                    reviewer   User @relation(fields: [reviewerId], references: [id])
                    reviewerId Int
                }
            `);
            const message = `ambiguous relation: fields 'written', 'reviewed' of model 'User' all refer to model 'Post'; give each a distinct name with @relation("...") [ambiguous-relation]`;
            const backwards = `ambiguous relation: fields 'author', 'reviewer' of model 'Post' all refer to model 'User'; give each a distinct name with @relation("...") [ambiguous-relation]`;
            expect(errors).toEqual([`3:5 ${message}`, `4:5 ${message}`, `8:5 ${backwards}`, `10:5 ${backwards}`]);
        });

        it('rejects a self relation with a single field', async () => {
            const errors = await errorsOf(zmodel`
                model Node {
                    id       Int   @id
                    parent   Node? @relation(fields: [parentId], references: [id])
                    parentId Int?
                }
            `);
            expect(errors).toEqual([
                "3:5 self relation field 'parent' has no opposite field: a self relation needs two fields of type 'Node' with the same relation name [missing-opposite-relation]",
            ]);
        });

        it('rejects two unnamed self relations as ambiguous', async () => {
            const errors = await errorsOf(zmodel`
                model Node {
                    id       Int    @id
                    parent   Node?  @relation(fields: [parentId], references: [id])
                    parentId Int?
                    children Node[]
                    mentor   Node?  @relation(fields: [mentorId], references: [id])
                    mentorId Int?
                }
            `);
            const message = `ambiguous self relation: fields 'parent', 'children', 'mentor' of model 'Node' refer to 'Node' with the same relation name; name each pair with @relation("...") [ambiguous-relation]`;
            expect(errors).toEqual([`3:5 ${message}`, `5:5 ${message}`, `6:5 ${message}`]);
        });

        it('reports a relation inherited from an abstract base on the model that inherits it', async () => {
            const errors = await errorsOf(zmodel`
                model User {
                    id    Int    @id
                    posts Post[]
                }
                abstract model Owned {
                    owner   User @relation(fields: [ownerId], references: [id])
                    ownerId Int
                }
                model Post extends Owned {
                    id Int @id
                }
                model Comment extends Owned {
                    id Int @id
                }
            `);
            expect(errors).toEqual([
                "12:7 relation field 'owner' has no opposite field in model 'User': add a field of type 'Comment' (or 'Comment[]') (inherited from 'Owned') [missing-opposite-relation]",
            ]);
        });
    });

    describe('which side names the foreign key', () => {
        it('rejects fields and references on both sides of a one-to-one relation', async () => {
            const errors = await errorsOf(zmodel`
                model User {
                    id        Int      @id
                    profile   Profile? @relation(fields: [profileId], references: [id])
                    profileId Int?     @unique
                }
                model Profile {
                    id     Int   @id
                    user   User? @relation(fields: [userId], references: [id])
                    userId Int?  @unique
                }
            `);
            expect(errors).toEqual([
                "3:5 fields and references can be given on only one side of the one-to-one relation between 'User.profile' and 'Profile.user' [relation-fields-on-both-sides]",
                "8:5 fields and references can be given on only one side of the one-to-one relation between 'Profile.user' and 'User.profile' [relation-fields-on-both-sides]",
            ]);
        });

        it('rejects a one-to-one relation where neither side names the foreign key', async () => {
            const errors = await errorsOf(zmodel`
                model User {
                    id      Int      @id
                    profile Profile?
                }
                model Profile {
                    id   Int   @id
                    user User?
                }
            `);
            expect(errors).toEqual([
                "3:5 one side of the one-to-one relation between 'User.profile' and 'Profile.user' must give fields and references [missing-relation-fields]",
                "7:5 one side of the one-to-one relation between 'Profile.user' and 'User.profile' must give fields and references [missing-relation-fields]",
            ]);
        });

        it('rejects a one-to-many relation whose single side lacks fields and references', async () => {
            const errors = await errorsOf(zmodel`
                model User {
                    id    Int    @id
                    posts Post[]
                }
                model Post {
                    id     Int  @id
                    author User
                }
            `);
            expect(errors).toEqual(["7:5 relation field 'author' must name its foreign key: @relation(fields: [...], references: [...]) [missing-relation-fields]"]);
        });

        it('rejects fields and references on the list side', async () => {
            const errors = await errorsOf(zmodel`
                model User {
                    id     Int    @id
                    postId Int
                    posts  Post[] @relation(fields: [postId], references: [id])
                }
                model Post {
                    id     Int   @id
                    author User?
                }
            `);
            expect(errors).toEqual([
                "4:5 the list side of a relation cannot have fields or references: put them on 'Post.author' [relation-fields-on-list]",
                "8:5 relation field 'author' must name its foreign key: @relation(fields: [...], references: [...]) [missing-relation-fields]",
            ]);
        });

        it('rejects fields and references on an implicit many-to-many relation', async () => {
            const errors = await errorsOf(zmodel`
                model Post {
                    id    Int   @id
                    tagId Int
                    tags  Tag[] @relation(fields: [tagId], references: [id])
                }
                model Tag {
                    id    Int    @id
                    posts Post[]
                }
            `);
            expect(errors).toEqual([
                "4:5 the implicit many-to-many relation between 'Post.tags' and 'Tag.posts' cannot have fields or references [relation-fields-on-list]",
            ]);
        });

        it('rejects an implicit many-to-many relation with a model that has no single-field @id', async () => {
            const errors = await errorsOf(zmodel`
                model Post {
                    id   Int   @id
                    tags Tag[]
                }
                model Tag {
                    group String
                    name  String
                    posts Post[]
                    @@id([group, name])
                }
            `);
            expect(errors).toEqual([
                "3:5 the implicit many-to-many relation 'Post.tags' and 'Tag.posts' needs model 'Tag' to have a single-field @id [many-to-many-id]",
            ]);
        });

        it('rejects a one-to-one relation whose fields are not unique', async () => {
            const errors = await errorsOf(zmodel`
                model User {
                    id      Int      @id
                    profile Profile?
                }
                model Profile {
                    id     Int  @id
                    user   User @relation(fields: [userId], references: [id])
                    userId Int
                }
            `);
            expect(errors).toEqual([
                "7:5 the fields of one-to-one relation field 'user' (userId) must be unique: mark them @unique or add @@unique([userId]) [one-to-one-not-unique]",
            ]);
        });

        it('rejects a required one-to-one field on the side without fields', async () => {
            const errors = await errorsOf(zmodel`
                model User {
                    id      Int     @id
                    profile Profile
                }
                model Profile {
                    id     Int  @id
                    user   User @relation(fields: [userId], references: [id])
                    userId Int  @unique
                }
            `);
            expect(errors).toEqual([
                "3:5 relation field 'profile' must be optional: the side of a one-to-one relation without fields cannot be required [required-back-relation]",
            ]);
        });
    });
});
