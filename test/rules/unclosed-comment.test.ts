import { describe, expect, it } from 'vitest';
import { findings, page, where } from '../helpers.js';

const ZH = 'translations/zh-CN/content/a.md';

/** An `<!--` with no `-->` in its paragraph is text: what follows it is still read (code spans, directives). */
describe('an unclosed HTML comment inside a line', () => {
  it('leaves the code spans after it to be compared', async () => {
    const found = await findings(
      { 'content/a.md': page('Run `a` and `b`.\n\nMore <!-- text -->.\n'), [ZH]: page('运行 <!-- `a` 和 `c` <!-- 。\n\n更多 <!-- 文本 -->。\n') },
      'code-span-parity',
    );
    expect(where(found)).toEqual([`${ZH}:7:15 code-span-parity`]);
  });

  it('leaves a closed comment later in the paragraph a comment', async () => {
    const found = await findings(
      { 'content/a.md': page('Run `a`.\n'), [ZH]: page('运行 <!-- `a` --> 和 `c`。\n') },
      'code-span-parity',
    );
    expect(where(found)).toEqual([`${ZH}:7:19 code-span-parity`]);
  });
});
