import type { Rule } from '../src/rule-kit/index.js';

/** A file that cannot be read or parsed at all: binary, not UTF-8, unreadable, or broken YAML data. */
const rule: Rule = {
  meta: {
    id: 'parse-error',
    description: 'The file can be read and parsed (UTF-8 text; valid YAML for data files)',
    defaultSeverity: 'error',
    fixable: false,
    scope: 'file',
    kinds: ['page', 'reusable', 'variables'],
  },
  check({ file, doc, report }) {
    for (const problem of doc.problems) report({ start: problem.start, end: problem.end, message: problem.message });
    // Front matter errors belong to frontmatter-schema; a variables file is YAML through and through.
    if (file.kind === 'variables' && doc.yaml) {
      for (const error of doc.yaml.errors) report({ start: error.start, end: error.end, message: `Invalid YAML: ${error.message}` });
    }
  },
};
export default rule;
