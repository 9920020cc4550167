import { describe, expect, it } from 'vitest';
import { globalOmitConfig } from '../../../src/generators/logical/omit-config.js';
import { toTypedJsonTypes } from '../../../src/generators/logical/typed-json-types.js';
import { hasTypedJson, typedJsonView } from '../../../src/generators/logical/typed-json-view.js';
import { needsLogicalClient } from '../../../src/generators/logical/generate-logical-client.js';
import { compileText, SQLITE_DATASOURCE } from '../../helpers/compile-text.js';

const SCHEMA = `${SQLITE_DATASOURCE}
enum Role { USER ADMIN }
/// where someone lives
type Address {
    city String
    zip  String?
}
type Profile {
    age       Int
    role      Role
    born      DateTime?
    address   Address?
    addresses Address[]
}
model User {
    id       Int       @id
    password String    @omit
    profile  Profile   @json
    extra    Profile?  @json
    history  Address[] @json
}
model UserLog {
    id    Int  @id
    extra Json
}`;

// the shapes Prisma 6 generates for Json fields, trimmed to what the rewrite looks at
const PRISMA_TYPES = `export namespace Prisma {
  export type $UserPayload = {
    scalars: $Extensions.GetPayloadResult<{
      id: number
      profile: Prisma.JsonValue
      extra: Prisma.JsonValue | null
      history: Prisma.JsonValue
    }, ExtArgs["result"]["user"]>
  }
  export type UserCreateInput = {
    profile: JsonNullValueInput | InputJsonValue
    extra?: NullableJsonNullValueInput | InputJsonValue
  }
  export type UserWhereInput = {
    profile?: JsonFilter<"User">
  }
  export type UserLogCreateInput = {
    extra: JsonNullValueInput | InputJsonValue
  }
}`;

describe('typed JSON client types', () => {
    it('declare each type as an exported interface', async () => {
        const view = typedJsonView(await compileText(SCHEMA));
        expect(view.interfaces).toMatchInlineSnapshot(`
          "/**
           * where someone lives
           */
          export interface Address {
              city: string
              zip?: string | null
          }

          export interface Profile {
              age: number
              role: $Enums.Role
              born?: Date | null
              address?: Address | null
              addresses: Address[]
          }
          "
        `);
        expect(Object.fromEntries(view.fieldsByModel.get('User')!)).toEqual({ profile: 'Profile', extra: 'Profile', history: 'Address[]' });
    });

    it('retype typed fields in payloads and inputs, and leave filters and other models alone', async () => {
        const rewritten = toTypedJsonTypes(PRISMA_TYPES, typedJsonView(await compileText(SCHEMA)));
        expect(rewritten.slice(0, rewritten.indexOf('\n\n// the'))).toMatchInlineSnapshot(`
          "export namespace Prisma {
            export type $UserPayload = {
              scalars: $Extensions.GetPayloadResult<{
                id: number
                profile: Profile
                extra: Profile | null
                history: Address[]
              }, ExtArgs["result"]["user"]>
            }
            export type UserCreateInput = {
              profile: Profile
              extra?: NullableJsonNullValueInput | Profile
            }
            export type UserWhereInput = {
              profile?: JsonFilter<"User">
            }
            export type UserLogCreateInput = {
              extra: JsonNullValueInput | InputJsonValue
            }
          }"
        `);
    });

    it('make a schema with typed JSON or @omit get its own client types', async () => {
        const schema = await compileText(SCHEMA);
        expect(hasTypedJson(schema)).toBe(true);
        expect(globalOmitConfig(schema)).toBe('{ user: { password: true } }');
        expect(needsLogicalClient(schema)).toBe(true);
        expect(needsLogicalClient(await compileText(`${SQLITE_DATASOURCE}\nmodel A { id Int @id }`))).toBe(false);
    });

    it('omit a sub model’s @omit fields on its polymorphic base too', async () => {
        const schema = await compileText(`${SQLITE_DATASOURCE}
model Note {
    id   Int    @id
    kind String
    @@delegate(kind)
}
model Memo extends Note {
    body String @omit
}`);
        expect(globalOmitConfig(schema)).toBe('{ note: { id: false; body: true }; memo: { body: true } }');
    });
});
