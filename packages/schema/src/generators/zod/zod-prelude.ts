/**
 * The helpers the generated zod module starts with: value forms Prisma accepts, the functions
 * `@@validate` rules call, and how rules become a refinement. Plain JavaScript, so the module
 * needs nothing but zod (which it gets through `@zenstackhq/runtime/zod-lib`).
 */
export const ZOD_PRELUDE = String.raw`
const { z } = require('@zenstackhq/runtime/zod-lib');

// Decimal fields take numbers, numeric strings and Decimal.js objects
const $decimal = () => z.custom((v) => typeof v === 'number' || (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) || (typeof v === 'object' && v !== null && typeof v.toFixed === 'function'), { error: 'Invalid input: expected a decimal number' });
// DateTime fields take Date objects and ISO 8601 strings
const $dateTime = () => z.union([z.date(), z.iso.datetime({ offset: true })]);

const $isString = (v) => typeof v === 'string';
const $time = (v) => (v instanceof Date ? v.getTime() : typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? Date.parse(v) : v);
const $plain = (v) => (v instanceof Date ? v.getTime() : typeof v === 'object' && v !== null && typeof v.toFixed === 'function' ? Number(v) : v);
const $eq = (a, b) => ((a ?? null) === null || (b ?? null) === null ? (a ?? null) === (b ?? null) : $plain(a) === $plain(b));
// comparisons with null are false, as in SQL
const $cmp = (a, op, b) => {
    if ((a ?? null) === null || (b ?? null) === null) return false;
    const [x, y] = [$plain(a), $plain(b)];
    return op === '<' ? x < y : op === '<=' ? x <= y : op === '>' ? x > y : x >= y;
};
const $in = (a, list) => Array.isArray(list) && list.some((b) => $eq(a, b));
const $length = (v, min, max) => (typeof v === 'string' || Array.isArray(v)) && v.length >= min && (max === undefined || v.length <= max);
const $regex = (v, re) => $isString(v) && new RegExp(re).test(v);
const $email = (v) => $isString(v) && z.email().safeParse(v).success;
const $url = (v) => $isString(v) && z.url().safeParse(v).success;
const $datetime = (v) => $isString(v) && z.iso.datetime({ offset: true }).safeParse(v).success;
const $contains = (v, s, ci) => $isString(v) && $isString(s) && (ci ? v.toLowerCase().includes(s.toLowerCase()) : v.includes(s));
const $startsWith = (v, s) => $isString(v) && $isString(s) && v.startsWith(s);
const $endsWith = (v, s) => $isString(v) && $isString(s) && v.endsWith(s);
const $has = (v, x) => Array.isArray(v) && v.some((y) => $eq(x, y));
const $hasEvery = (v, xs) => Array.isArray(v) && Array.isArray(xs) && xs.every((x) => $has(v, x));
const $hasSome = (v, xs) => Array.isArray(v) && Array.isArray(xs) && xs.some((x) => $has(v, x));
const $isEmpty = (v) => Array.isArray(v) && v.length === 0;

// A rule is checked only when the data has every field it reads: an update sets only some
// fields, and on create a field left out takes a default the data doesn't show.
const $rules = (rules) => (value, ctx) => {
    for (const rule of rules) {
        if (rule.fields.some((f) => value[f] === undefined)) continue;
        if (!rule.check(value)) ctx.addIssue({ code: 'custom', message: rule.message, path: rule.path, input: value });
    }
};
`;
