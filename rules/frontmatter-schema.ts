import type { z } from 'zod';
import { frontMatterSchema, type Rule } from '../src/rule-kit/index.js';

/** Front matter that is not valid YAML or does not match the docs' schema. */
const rule: Rule = {
  meta: {
    id: 'frontmatter-schema',
    description: "Front matter is valid YAML and matches the docs' schema",
    defaultSeverity: 'error',
    fixable: false,
    scope: 'file',
    kinds: ['page'],
  },
  check({ doc, report }) {
    const yaml = doc.yaml;
    if (!yaml) {
      if (doc.problems.length === 0) report({ start: 0, message: 'The page has no front matter; it needs at least `title` and `versions` between `---` lines at the top.' });
      return;
    }
    for (const error of yaml.errors) report({ start: error.start, end: error.end, message: `Front matter is not valid YAML: ${error.message}` });
    if (yaml.errors.length > 0) return;
    const parsed = frontMatterSchema.safeParse(yaml.data ?? {});
    if (parsed.success) return;
    for (const issue of parsed.error.issues) {
      for (const { path, message } of explain(issue)) {
        const position = yaml.positions[path];
        report({
          start: position ? position.keyStart : yaml.start,
          end: position ? position.valueEnd : undefined,
          message,
          originKey: `${path} ${issue.code}`,
        });
      }
    }
  },
};
export default rule;

function explain(issue: z.core.$ZodIssue): { path: string; message: string }[] {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: path ? `${path}.${key}` : key, message: `Unknown front matter key \`${path ? `${path}.` : ''}${key}\`.` }));
  }
  const where = path ? `\`${path}\`` : 'Front matter';
  return [{ path, message: `${where}: ${issue.message}` }];
}
