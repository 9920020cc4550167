/**
 * Vitest setup file: `test: { setupFiles: ['@zenstackhq/testtools/setup'] }` installs ZenStack's matchers.
 */
import { expect } from 'vitest';
import type {} from './matchers/vitest-matchers.js';
import { installMatchers } from './matchers/zenstack-matchers.js';

installMatchers(expect);
