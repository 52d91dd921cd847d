import codeSpanParity from './code-span-parity.js';
import dataReference from './data-reference.js';
import frontmatterParity from './frontmatter-parity.js';
import frontmatterSchema from './frontmatter-schema.js';
import frontmatterVersions from './frontmatter-versions.js';
import headingParity from './heading-parity.js';
import linkAnchor from './link-anchor.js';
import linkParity from './link-parity.js';
import liquidBlockParity from './liquid-block-parity.js';
import liquidSyntax from './liquid-syntax.js';
import liquidTagParity from './liquid-tag-parity.js';
import markdownCjk from './markdown-cjk.js';
import numberParity from './number-parity.js';
import parseError from './parse-error.js';
import sourceRewritten from './source-rewritten.js';
import translationMissing from './translation-missing.js';
import translationOrphaned from './translation-orphaned.js';
import translationOutdated from './translation-outdated.js';
import untranslatedReusable from './untranslated-reusable.js';
import untranslatedText from './untranslated-text.js';
import variablesParity from './variables-parity.js';
import type { Rule } from '../src/rule-kit/index.js';

/**
 * Every rule docs-lint has. The order matters once: when two rules flag exactly the same span, the
 * earlier one's finding is kept, so the checks of a file on its own come before the comparisons.
 */
export const rules: readonly Rule[] = [
  parseError,
  liquidSyntax,
  frontmatterSchema,
  dataReference,
  linkAnchor,
  liquidBlockParity,
  liquidTagParity,
  frontmatterVersions,
  frontmatterParity,
  variablesParity,
  headingParity,
  codeSpanParity,
  markdownCjk,
  linkParity,
  numberParity,
  untranslatedReusable,
  untranslatedText,
  translationMissing,
  translationOrphaned,
  translationOutdated,
  sourceRewritten,
];
