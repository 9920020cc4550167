import { describe, expect, it } from 'vitest';
import { buildModelMeta } from '../../../src/generators/model-meta/build-model-meta.js';
import { compileText, SQLITE_DATASOURCE } from '../../helpers/compile-text.js';

describe('model metadata', () => {
    it('describes fields, ids, unique constraints and relations on both sides', async () => {
        const meta = buildModelMeta(
            await compileText(`${SQLITE_DATASOURCE}
model User {
    id    Int    @id @default(autoincrement())
    email String @unique
    posts Post[] @relation("authored")
    @@map("users")
}
model Post {
    id       Int    @id
    slug     String
    authorId Int
    author   User   @relation("authored", fields: [authorId], references: [id], onDelete: Cascade)
    ownerId  String @default(auth().email)
    @@unique([authorId, slug], name: "authorSlug")
}`),
        );
        const user = meta.models.User!;
        expect(user.dbName).toBe('users');
        expect(user.idFields).toEqual(['id']);
        expect(user.uniqueConstraints).toEqual({ id: { name: 'id', fields: ['id'] }, email: { name: 'email', fields: ['email'] } });
        expect(user.fields.posts).toMatchObject({ kind: 'object', type: 'Post', isList: true, relation: { name: 'authored', opposite: 'author' } });
        const post = meta.models.Post!;
        expect(post.fields.author!.relation).toEqual({ name: 'authored', opposite: 'posts', fields: ['authorId'], references: ['id'], onDelete: 'Cascade' });
        expect(post.uniqueConstraints.authorSlug).toEqual({ name: 'authorSlug', fields: ['authorId', 'slug'] });
        expect(post.fields.ownerId!.defaultValue).toEqual({ kind: 'member', operand: { kind: 'call', function: 'auth', args: [] }, member: 'email' });
        expect(meta.authModel).toBe('User');
    });

    it('uses a compound id as the id fields and leaves abstract models out', async () => {
        const meta = buildModelMeta(
            await compileText(`${SQLITE_DATASOURCE}
abstract model Stamped { updatedAt DateTime @updatedAt }
model Membership extends Stamped {
    userId Int
    orgId  Int
    @@id([userId, orgId])
}`),
        );
        expect(Object.keys(meta.models)).toEqual(['Membership']);
        expect(meta.models.Membership!.idFields).toEqual(['userId', 'orgId']);
        expect(meta.models.Membership!.uniqueConstraints).toEqual({ userId_orgId: { name: 'userId_orgId', fields: ['userId', 'orgId'] } });
        expect(meta.models.Membership!.fields.updatedAt).toMatchObject({ isUpdatedAt: true, inheritedFrom: 'Stamped' });
    });

    it('takes the @@auth model as the auth model', async () => {
        const meta = buildModelMeta(
            await compileText(`${SQLITE_DATASOURCE}
model Account { id Int @id
    @@auth }
model User { id Int @id }`),
        );
        expect(meta.authModel).toBe('Account');
    });

    it('describes the fields of each type, for typed JSON', async () => {
        const meta = buildModelMeta(
            await compileText(`${SQLITE_DATASOURCE}
type Address { city String  since DateTime? }
type Profile { age Int  addresses Address[] }
model User { id Int @id  profile Profile @json }`),
        );
        expect(meta.models.User!.fields.profile).toMatchObject({ kind: 'typeDef', type: 'Profile', isList: false });
        expect(meta.typeDefs?.Profile?.fields.addresses).toEqual({ name: 'addresses', type: 'Address', kind: 'typeDef', isList: true, isOptional: false, attributes: [] });
        expect(meta.typeDefs?.Address?.fields.since).toMatchObject({ kind: 'scalar', type: 'DateTime', isOptional: true });
    });
});
