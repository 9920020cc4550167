import { loadSchema, testDbProviders, type LoadedSchema } from '@zenstackhq/testtools';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCHEMA = `
model User {
    id     Int     @id
    banned Boolean @default(false)
    team   Team?   @relation(fields: [teamId], references: [id])
    teamId Int?
    @@allow('all', true)
}

model Team {
    id      Int    @id
    members User[]
    tasks   Task[]
    @@allow('all', true)
}

model Task {
    id     Int    @id
    done   Boolean @default(false)
    points Int    @default(0)
    team   Team?  @relation(fields: [teamId], references: [id])
    teamId Int?

    @@allow('read,create', true)
    @@allow('update', true)
    // leaving a team with a banned member is not allowed: the team it had, not the one it gets
    @@deny('update', future().teamId != teamId && team.members?[banned])
    // points only grow, and a done task keeps its points
    @@deny('update', future().points < points || (done && future().points != points))
}
`;

describe.each(testDbProviders())('post-update rules (future()) on %s', (provider) => {
    let loaded: LoadedSchema;

    beforeEach(async () => {
        loaded = await loadSchema(SCHEMA, { provider });
        await loaded.prisma.team.createMany({ data: [{ id: 1 }, { id: 2 }] });
        await loaded.prisma.user.createMany({ data: [{ id: 1, teamId: 1, banned: true }, { id: 2, teamId: 2 }] });
        await loaded.prisma.task.createMany({ data: [{ id: 1, teamId: 1 }, { id: 2, teamId: 2 }, { id: 3, teamId: 1, done: true, points: 5 }] });
    });
    afterEach(() => loaded.prisma.$disconnect());

    it('follows a relation of a plain field to the related rows before the update', async () => {
        const db = loaded.enhance({ id: 2 });
        // team 1 has a banned member: moving a task out of it is denied, though team 2 has none
        await expect(db.task.update({ where: { id: 1 }, data: { teamId: 2 } })).toBeRejectedByPolicy();
        await expect(db.task.update({ where: { id: 1 }, data: { team: { disconnect: true } } })).toBeRejectedByPolicy();
        await expect(loaded.prisma.task.findUnique({ where: { id: 1 } })).resolves.toMatchObject({ teamId: 1 });
        // team 2 has none: moving a task into team 1 is fine
        await expect(db.task.update({ where: { id: 2 }, data: { teamId: 1 } })).resolves.toMatchObject({ teamId: 1 });
    });

    it('applies the same rules to updateMany, row by row', async () => {
        const db = loaded.enhance({ id: 2 });
        await expect(db.task.updateMany({ where: { id: { in: [1, 2] } }, data: { teamId: null } })).toBeRejectedByPolicy();
        expect((await loaded.prisma.task.findMany({ orderBy: { id: 'asc' } })).map((t: { teamId: number | null }) => t.teamId)).toEqual([1, 2, 1]);
        await expect(db.task.updateMany({ where: { id: 2 }, data: { teamId: null } })).resolves.toEqual({ count: 1 });
    });

    it('compares the updated values with the values before', async () => {
        const db = loaded.enhance({ id: 2 });
        await expect(db.task.update({ where: { id: 2 }, data: { points: { increment: 3 } } })).resolves.toMatchObject({ points: 3 });
        await expect(db.task.update({ where: { id: 2 }, data: { points: 1 } })).toBeRejectedByPolicy();
        await expect(db.task.update({ where: { id: 3 }, data: { points: 6 } })).toBeRejectedByPolicy();
        await expect(db.task.update({ where: { id: 3 }, data: { done: false } })).resolves.toMatchObject({ done: false, points: 5 });
        await expect(loaded.prisma.task.findUnique({ where: { id: 2 } })).resolves.toMatchObject({ points: 3 });
    });

    it('checks nested updates against their own post-update rules', async () => {
        const db = loaded.enhance({ id: 2 });
        await expect(db.team.update({ where: { id: 1 }, data: { tasks: { update: { where: { id: 1 }, data: { teamId: 2 } } } } })).toBeRejectedByPolicy();
        await expect(db.team.update({ where: { id: 2 }, data: { tasks: { update: { where: { id: 2 }, data: { points: 4 } } } } })).resolves.toMatchObject({ id: 2 });
    });
});
