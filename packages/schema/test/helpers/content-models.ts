/** A polymorphic hierarchy (without a datasource) the plugin tests share: users own contents, posts and videos are contents. */
export const CONTENT_MODELS = `
model User {
    id       Int       @id
    contents Content[]
}

model Content {
    id      Int    @id @default(autoincrement())
    owner   User   @relation(fields: [ownerId], references: [id])
    ownerId Int
    type    String
    @@delegate(type)
}

model Post extends Content {
    title String
}

model Video extends Content {
    duration Int
    @@delegateMap("video")
}
`;
