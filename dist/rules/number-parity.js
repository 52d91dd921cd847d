import { alignOutlines, compareBlockItems, itemDifferences, reportDifferences } from '../src/rule-kit/index.js';
/**
 * Numbers in prose (limits, counts, versions) mean the same in every language: each aligned block
 * has the source's numbers. Digit shapes (`３`, `٣`) and separators (`1,000`, `1.000`, `1 000`) do
 * not matter; numbers in code, Liquid, link targets and names (`H2`, `OAuth2`) are not counted, nor
 * small numbers (up to 10) that the other side may write as a word.
 */
const rule = {
    meta: {
        id: 'number-parity',
        description: 'The numbers in each translated block match the source block',
        defaultSeverity: 'warn',
        fixable: false,
        scope: 'translation',
        kinds: ['page', 'reusable'],
    },
    check(context) {
        reportDifferences(context, compareNumbers);
    },
};
export default rule;
function compareNumbers(translation, reference) {
    const alignment = alignOutlines(reference, translation);
    const items = [];
    for (const found of compareBlockItems(alignment, translation, (outline, block) => outline.contents[block].numbers, (n) => n.value)) {
        // Small numbers are often words in one language and digits in another ("one request", "1 回のリクエスト",
        // "三つ", "drei"): a small number only one side writes in digits is not a difference.
        // So are months: `November 13` is `11 月 13 日` in Chinese and Japanese.
        if (found.kind === 'extra' && (isSmall(found.variant) || isMonth(found.variant, translation.text)))
            continue;
        const item = found.kind === 'changed' && (isSmall(found.variant) || isMonth(found.variant, translation.text)) && !isSmall(found.reference)
            ? { kind: 'missing', reference: found.reference, referenceBlock: -1, place: { at: found.variant.start, relation: 'before' } }
            : found;
        if (item.kind === 'missing' && (isSmall(item.reference) || isMonth(item.reference, reference.text)))
            continue;
        items.push(item);
    }
    return itemDifferences(items, {
        key: (n) => n.value,
        noun: () => 'The number',
        // As written on each side (digit shapes and separators kept).
        value: (n, side) => (side === 'reference' ? reference : translation).text.slice(n.start, n.end),
    });
}
/** A month number written with `月` (`11 月`, `12月`): another language names the month in words. */
function isMonth(item, text) {
    return Number(item.value) <= 12 && /^[ \u00a0]?月/.test(text.slice(item.end, item.end + 2));
}
function isSmall(item) {
    return item.value.length <= 2 && Number(item.value) <= 10;
}
