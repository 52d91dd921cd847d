import { quote } from '../src/compare.js';
import type { LiquidProblem } from '../src/model.js';
import { walkLiquid } from '../src/parse/liquid.js';
import type { Rule, Variant } from '../src/rule.js';

/**
 * Liquid that does not tokenize or whose blocks do not balance, and tag names that are neither
 * Liquid's nor the docs' (a translated keyword such as `{% 数据 %}`, a full-width `{％`).
 */
const rule: Rule = {
  meta: {
    id: 'liquid-syntax',
    description: 'Liquid tags are well formed, known and balanced',
    defaultSeverity: 'error',
    fixable: false,
    scope: 'file',
    kinds: ['page', 'reusable', 'variables'],
  },
  check({ doc, source, report }) {
    for (const problem of doc.liquidProblems) {
      report({ start: problem.start, end: problem.end, message: describe(problem, doc.text, source), originKey: `${problem.kind} ${problem.name} ${problem.args}` });
    }
  },
};
export default rule;

function describe(problem: LiquidProblem, text: string, source: Variant | null): string {
  const written = quote(text.slice(problem.start, problem.end));
  switch (problem.kind) {
    case 'unclosed-tag':
      return `Unclosed Liquid tag: ${written} has no closing \`%}\`.`;
    case 'unclosed-output':
      return `Unclosed Liquid output: ${written} has no closing \`}}\`.`;
    case 'empty-tag':
      return `Liquid tag ${written} has no tag name.`;
    case 'unknown-tag': {
      const hint = sourceTagWithArgs(source, problem.args);
      return `Unknown Liquid tag \`${problem.name}\` in ${written}${hint ? `; the source has ${quote(hint)} here. Liquid keywords must not be translated.` : '.'}`;
    }
    case 'unclosed-block':
      return `\`{% ${problem.name} %}\` is never closed: \`{% end${problem.name === 'ifversion' ? 'if' : problem.name} %}\` is missing.`;
    case 'stray-end':
      return `${written} closes no open block.`;
    case 'mismatched-end':
      return `${written} closes an outer block while \`{% ${problem.expected ?? ''} %}\` is still open: its end tag is missing.`;
    case 'branch-outside-block':
      return `${written} is outside any block it can belong to${problem.expected ? ` (the open block is \`{% ${problem.expected} %}\`)` : ''}.`;
    case 'fullwidth-delimiter':
      return `${written} looks like a Liquid delimiter but uses full-width characters, so Liquid ignores it; write \`{%\`, \`%}\`, \`{{\` or \`}}\`.`;
  }
}

/** The source's tag that has the same arguments as an unknown tag: the keyword it should have kept. */
function sourceTagWithArgs(source: Variant | null, args: string): string | null {
  if (!source || !args) return null;
  for (const node of walkLiquid(source.doc.liquid)) {
    if (node.type !== 'output' && node.args === args) return source.doc.text.slice(node.start, node.type === 'block' ? node.openEnd : node.end);
  }
  return null;
}
