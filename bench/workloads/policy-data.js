/** The authenticated user of the policy workloads. */
export const USER = 1;

/** 20 users, 10 orgs, USER a member of orgs 1 and 2, and `rows` posts spread over them. */
export async function seedPolicyData(prisma, rows) {
    await prisma.user.createMany({ data: Array.from({ length: 20 }, (_, i) => ({ id: i + 1 })) });
    await prisma.org.createMany({ data: Array.from({ length: 10 }, (_, i) => ({ id: i + 1 })) });
    await prisma.membership.createMany({ data: [{ userId: USER, orgId: 1 }, { userId: USER, orgId: 2 }, { userId: 2, orgId: 3 }] });
    for (let start = 0; start < rows; start += 1000) {
        const data = Array.from({ length: Math.min(1000, rows - start) }, (_, k) => start + k).map((i) => ({ title: `p${i}`, ownerId: (i % 20) + 1, orgId: (i % 10) + 1 }));
        await prisma.post.createMany({ data });
    }
}
