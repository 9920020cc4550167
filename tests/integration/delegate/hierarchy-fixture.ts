/**
 * A schema with everything a hierarchy can hold: two levels (Asset → Media → Video/Image), a
 * second base (Content), an abstract mixin, `@@map`/`@map`, inherited defaults and
 * `@updatedAt`, an enum discriminator with `@@delegateMap`, relations on the base and on
 * sub models, and a model that relates to a concrete sub model.
 */
export const HIERARCHY_SCHEMA = `
enum AssetKind {
    VIDEO_KIND
    IMAGE_KIND
}

abstract model Timestamps {
    createdAt DateTime @default(now())
    updatedAt DateTime @updatedAt
}

model User {
    id       Int       @id @default(autoincrement())
    email    String    @unique
    assets   Asset[]
    contents Content[]
    articles Article[] @relation("authored")
}

model Asset extends Timestamps {
    id        Int       @id @default(autoincrement())
    slug      String    @unique
    viewCount Int       @default(0)
    owner     User?     @relation(fields: [ownerId], references: [id], onDelete: Cascade)
    ownerId   Int?
    comments  Comment[]
    kind      AssetKind @map("asset_kind")

    @@delegate(kind)
    @@map("assets")
}

model Media extends Asset {
    url       String
    mediaType String

    @@delegate(mediaType)
}

model Video extends Media {
    duration Int

    @@delegateMap(VIDEO_KIND)
}

model Image extends Media {
    width  Int
    height Int

    @@delegateMap(IMAGE_KIND)
    @@map("images")
}

model Comment {
    id      Int    @id @default(autoincrement())
    text    String
    asset   Asset  @relation(fields: [assetId], references: [id], onDelete: Cascade)
    assetId Int
}

model Content {
    id        Int      @id @default(autoincrement())
    published Boolean  @default(false)
    score     Int      @default(0)
    owner     User     @relation(fields: [ownerId], references: [id], onDelete: Cascade)
    ownerId   Int
    type      String

    @@delegate(type)
}

model Article extends Content {
    title    String
    author   User?  @relation("authored", fields: [authorId], references: [id], onDelete: Cascade)
    authorId Int?
    tags     Tag[]
}

model Note extends Content {
    body String
}

model Tag {
    id        Int     @id @default(autoincrement())
    name      String
    article   Article @relation(fields: [articleId], references: [id], onDelete: Cascade)
    articleId Int
}
`;
