import { describe, expect, it } from 'vitest';
import { lowerCaseFirst, modelDelegateName, upperCaseFirst } from '../src/naming.js';

describe('naming helpers', () => {
    it('names the PrismaClient property of a model the way Prisma does', () => {
        expect(modelDelegateName('User')).toBe('user');
        expect(modelDelegateName('URLMap')).toBe('uRLMap');
        expect(lowerCaseFirst('')).toBe('');
        expect(upperCaseFirst('post')).toBe('Post');
    });
});
