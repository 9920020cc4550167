import { describe, expect, it } from 'vitest';
import {
    isBinaryExpr,
    isCollectionPredicateExpr,
    isDataModel,
    isEnum,
    isFunctionDecl,
    isInvocationExpr,
    isLiteralExpr,
    isMemberAccessExpr,
    isPlugin,
    isReferenceExpr,
    isTypeDef,
    isUnaryExpr,
    isArrayExpr,
    isNullExpr,
    isThisExpr,
    isAttribute,
    isDataSource,
    type AbstractDeclaration,
    type DataModel,
    type Expression,
} from '../../src/language/generated/ast.js';
import { getArgument } from '../../src/language/ast-utils.js';
import { getDocumentation } from '../../src/language/documentation.js';
import { errorsOf, formatDiagnostic, load, zmodel } from './language-test-utils.js';

async function declarations(text: string): Promise<AbstractDeclaration[]> {
    const workspace = await load(text);
    expect(workspace.diagnostics.filter((d) => d.code !== 'datasource-count').map(formatDiagnostic)).toEqual([]);
    return workspace.documents[0]!.parseResult.value.declarations;
}

async function model(text: string, name: string): Promise<DataModel> {
    const found = (await declarations(text)).find((d): d is DataModel => isDataModel(d) && d.name === name);
    if (!found) throw new Error(`no model ${name}`);
    return found;
}

/** An expression as an s-expression, to compare trees in one line. */
function shape(expr: Expression | undefined): string {
    if (!expr) return '?';
    if (isLiteralExpr(expr)) return JSON.stringify(expr.value);
    if (isNullExpr(expr)) return 'null';
    if (isThisExpr(expr)) return 'this';
    if (isReferenceExpr(expr)) return expr.target.$refText;
    if (isArrayExpr(expr)) return `[${expr.items.map(shape).join(' ')}]`;
    if (isMemberAccessExpr(expr)) return `${shape(expr.operand)}.${expr.member.$refText}`;
    if (isInvocationExpr(expr)) return `${expr.function.$refText}(${expr.args.map((a) => shape(a.value)).join(' ')})`;
    if (isUnaryExpr(expr)) return `(${expr.operator} ${shape(expr.operand)})`;
    if (isBinaryExpr(expr)) return `(${expr.operator} ${shape(expr.left)} ${shape(expr.right)})`;
    if (isCollectionPredicateExpr(expr)) return `(${expr.operator}[] ${shape(expr.left)} ${shape(expr.right)})`;
    return expr.$type;
}

describe('ZModel parsing', () => {
    describe('fields', () => {
        it('parses every scalar type', async () => {
            const user = await model(
                zmodel`
                    model User {
                        s  String @id
                        b  Boolean
                        i  Int
                        bi BigInt
                        f  Float
                        d  Decimal
                        dt DateTime
                        j  Json
                        by Bytes
                    }
                `,
                'User',
            );
            expect(user.fields.map((f) => f.type.type)).toEqual(['String', 'Boolean', 'Int', 'BigInt', 'Float', 'Decimal', 'DateTime', 'Json', 'Bytes']);
        });

        it('parses Unsupported("...") types', async () => {
            const place = await model(
                zmodel`
                    model Place {
                        id       Int                        @id
                        location Unsupported("geography")?
                        shape    Unsupported('polygon')
                    }
                `,
                'Place',
            );
            expect(place.fields.slice(1).map((f) => [f.type.unsupported?.value.value, f.type.optional])).toEqual([
                ['geography', true],
                ['polygon', false],
            ]);
        });

        it('parses optional and list modifiers', async () => {
            const user = await model(
                zmodel`
                    model User {
                        id    Int      @id
                        nick  String?
                        tags  String[]
                    }
                `,
                'User',
            );
            expect(user.fields.map((f) => [f.name, f.type.optional, f.type.array])).toEqual([
                ['id', false, false],
                ['nick', true, false],
                ['tags', false, true],
            ]);
        });

        it('parses native database types', async () => {
            const price = await model(
                zmodel`
                    model Price {
                        id     String   @id @db.Uuid
                        amount Decimal  @db.Decimal(10, 2)
                        label  String   @db.VarChar(255)
                        note   String   @db.NVarChar(Max)
                        at     DateTime @db.Timestamptz(6)
                        body   String   @db.Text
                    }
                `,
                'Price',
            );
            expect(price.fields.map((f) => f.attributes.map((a) => a.decl.$refText).join(' '))).toEqual([
                '@id @db.Uuid',
                '@db.Decimal',
                '@db.VarChar',
                '@db.NVarChar',
                '@db.Timestamptz',
                '@db.Text',
            ]);
        });

        it('accepts field names that are keywords or type names', async () => {
            const names = await model(
                zmodel`
                    model Names {
                        id     Int    @id
                        model  String
                        type   String
                        in     String
                        String String
                        view   Int
                    }
                `,
                'Names',
            );
            expect(names.fields.map((f) => f.name)).toEqual(['id', 'model', 'type', 'in', 'String', 'view']);
        });
    });

    describe('comments', () => {
        it('reads /// doc comments before and after a declaration, and skips // and /* */ comments', async () => {
            const user = await model(
                zmodel`
                    // not documentation
                    /// A user of the app.
                    /// Second line.
                    model User {
                        /* block comment */
                        id    Int    @id /// the key
                        // a plain comment
                        email String
                    }
                `,
                'User',
            );
            expect(getDocumentation(user)).toEqual(['A user of the app.', 'Second line.']);
            expect(getDocumentation(user.fields[0]!)).toEqual(['block comment', 'the key']);
            expect(getDocumentation(user.fields[1]!)).toEqual([]);
        });
    });

    describe('declarations', () => {
        it('parses config blocks with env(), lists and invocations', async () => {
            const [datasource] = await declarations(zmodel`
                datasource db {
                    provider   = "postgresql"
                    url        = env("DATABASE_URL")
                    extensions = [pg_trgm, postgis(version: "3.3.2"), uuid_ossp(map: "uuid-ossp", schema: "extensions")]
                }
                generator client {
                    provider        = "prisma-client-js"
                    previewFeatures = ["multiSchema", "views"]
                }
            `);
            expect(isDataSource(datasource) && datasource.fields.map((f) => f.name)).toEqual(['provider', 'url', 'extensions']);
        });

        it('parses abstract models, extends, views and enums', async () => {
            const decls = await declarations(zmodel`
                abstract model Base {
                    id Int @id
                }
                model User extends Base {
                    role Role
                }
                view UserView {
                    id Int @unique
                }
                enum Role {
                    USER
                    ADMIN
                }
            `);
            expect(decls.map((d) => [d.$type, d.name, isDataModel(d) ? [d.isAbstract, d.isView, d.superTypes.map((s) => s.$refText)] : isEnum(d) ? d.fields.map((f) => f.name) : []])).toEqual([
                ['DataModel', 'Base', [true, false, []]],
                ['DataModel', 'User', [false, false, ['Base']]],
                ['DataModel', 'UserView', [false, true, []]],
                ['Enum', 'Role', ['USER', 'ADMIN']],
            ]);
        });

        it('parses type declarations and typed JSON fields', async () => {
            const decls = await declarations(zmodel`
                type Address {
                    street String
                    city   String?
                }
                model Site {
                    id      Int       @id
                    address Address   @json
                    history Address[] @json
                }
            `);
            const [address, site] = decls;
            expect(isTypeDef(address) && address.fields.map((f) => f.name)).toEqual(['street', 'city']);
            expect(isDataModel(site) && site.fields.slice(1).map((f) => [f.type.reference?.ref?.name, f.type.array])).toEqual([
                ['Address', false],
                ['Address', true],
            ]);
        });

        it('parses attribute and function declarations and uses them', async () => {
            const decls = await declarations(zmodel`
                attribute @@audit(_ level: Int, tags: String[]?, target: FieldReference?)
                function isAdult(age: Int, strict: Boolean?): Boolean {
                }
                model User {
                    id  Int @id
                    age Int
                    @@audit(3, target: age)
                    @@allow('read', isAdult(age))
                }
            `);
            const [attribute, fn] = decls;
            expect(isAttribute(attribute) && attribute.params.map((p) => [p.name, p.positional, p.type.type, p.type.array, p.type.optional])).toEqual([
                ['level', true, 'Int', false, false],
                ['tags', false, 'String', true, true],
                ['target', false, 'FieldReference', false, true],
            ]);
            expect(isFunctionDecl(fn) && [fn.params.map((p) => [p.name, p.optional]), fn.returnType.type]).toEqual([
                [
                    ['age', false],
                    ['strict', true],
                ],
                'Boolean',
            ]);
        });

        it('parses plugin blocks with literals, lists and objects', async () => {
            const [plugin] = await declarations(zmodel`
                plugin openapi {
                    provider = '@zenstackhq/openapi'
                    output   = 'openapi.json'
                    tags     = ['a', 'b']
                    security = { basic: { type: 'http' }, 'x-api-key': { in: 'header' } }
                }
            `);
            expect(isPlugin(plugin) && plugin.fields.map((f) => [f.name, f.value.$type])).toEqual([
                ['provider', 'LiteralExpr'],
                ['output', 'LiteralExpr'],
                ['tags', 'ArrayExpr'],
                ['security', 'ObjectExpr'],
            ]);
        });
    });

    describe('policy expressions', () => {
        const POLICY_SCHEMA = (condition: string) => zmodel`
            enum Role { USER ADMIN }
            model User {
                id    Int    @id
                role  Role
                score Int
                name  String?
                posts Post[]
                @@allow('all', ${condition})
            }
            model Post {
                id       Int     @id
                public   Boolean
                author   User    @relation(fields: [authorId], references: [id])
                authorId Int
            }
        `;

        async function condition(text: string): Promise<string> {
            const user = await model(POLICY_SCHEMA(text), 'User');
            return shape(getArgument(user.attributes[0]!, 'condition')?.value);
        }

        it.each([
            ['literals', 'true', 'true'],
            ['numbers and strings', "score > 1.5 && name == 'x'", '(&& (> score 1.5) (== name "x"))'],
            ['null', 'name != null', '(!= name null)'],
            ['this and auth()', 'auth() == this', '(== auth() this)'],
            ['member access', 'auth().role == ADMIN', '(== auth().role ADMIN)'],
            ['future()', 'future().score >= score', '(>= future().score score)'],
            ['now()', 'now() > now()', '(> now() now())'],
            ['every comparison', 'score < 1 || score <= 2 || score > 3 || score >= 4', '(|| (|| (|| (< score 1) (<= score 2)) (> score 3)) (>= score 4))'],
            ['precedence of && over ||', 'true || false && true', '(|| true (&& false true))'],
            ['negation and parentheses', '!(score == 1 && !false)', '(! (&& (== score 1) (! false)))'],
            ['in with an array', 'role in [USER, ADMIN]', '(in role [USER ADMIN])'],
            ['some, every and none', 'posts?[public] && posts![author == auth()] && posts^[!public]', '(&& (&& (?[] posts public) (![] posts (== author auth()))) (^[] posts (! public)))'],
            ['nested predicates', 'posts?[author.posts?[public]]', '(?[] posts (?[] author.posts public))'],
        ])('parses %s', async (_name, text, expected) => {
            expect(await condition(text)).toBe(expected);
        });
    });

    describe('syntax errors', () => {
        it('reports a syntax error at its location', async () => {
            const errors = await errorsOf(zmodel`
                model User {
                    id Int @id
                    name String @default(
                }
            `);
            expect(errors).toContain('4:1 Expecting token of type \')\' but found `}`. [parsing-error]');
        });

        it('reports an unexpected character', async () => {
            const errors = await errorsOf(zmodel`
                model User {
                    id Int @id #
                }
            `);
            expect(errors).toEqual(['2:16 unexpected character: ->#<- at offset: 28, skipped 1 characters. [lexing-error]']);
        });
    });
});
