import type { PrismaMajor } from '../load-schema-options.js';
import type { PrismaClientKit } from './prisma-client-kit.js';
import { prisma6Kit } from './prisma6-kit.js';
import { prisma7Kit } from './prisma7-kit.js';

/** The client kit for each Prisma major loadSchema supports. */
export const PRISMA_CLIENT_KITS: Record<PrismaMajor, PrismaClientKit> = {
    6: prisma6Kit,
    7: prisma7Kit,
};
