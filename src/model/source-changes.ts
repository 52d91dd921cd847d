import { bodyStart, type ParsedDocument } from './document.js';

/** A part of a page a translator can find: the text under one h2 to h4 heading, or before the first. */
export interface Section {
  /** The heading's text as written; empty for the introduction (the text before the first heading). */
  heading: string;
  depth: number;
  /** The section's text with whitespace runs collapsed, so that rewrapping is not a change. */
  text: string;
}

/** The h2 to h4 sections of a Markdown document, after its front matter, in order. */
export function sectionsOf(doc: ParsedDocument): Section[] {
  const headings = doc.headings.filter((heading) => heading.depth >= 2 && heading.depth <= 4).sort((a, b) => a.start - b.start);
  const sections: Section[] = [{ heading: '', depth: 0, text: collapse(doc.text.slice(bodyStart(doc), headings[0]?.start ?? doc.text.length)) }];
  headings.forEach((heading, i) => {
    sections.push({ heading: heading.text.trim(), depth: heading.depth, text: collapse(doc.text.slice(heading.end, headings[i + 1]?.start ?? doc.text.length)) });
  });
  return sections;
}

/**
 * What changed between an old and the current version of a source, as a translator would look for
 * it: `the front matter`, `the introduction`, and quoted headings of changed sections (marked
 * `(new)` or `(removed)`), in the current order; for a variables file, the changed keys.
 * Empty when the two are the same but for whitespace (a change that was reverted).
 * `display` turns a heading as written into what the reader sees (variables resolved).
 */
export function describeChanges(old: ParsedDocument, current: ParsedDocument, display: (heading: string) => string = (heading) => heading): string[] {
  if (isYamlFile(current)) return changedKeys(old.yaml?.data, current.yaml?.data);
  const changes: string[] = [];
  if (collapse(frontMatterText(old)) !== collapse(frontMatterText(current))) changes.push('the front matter');
  const sections = sectionsOf(current);
  // A page without headings (most reusables) is all introduction: call it its text.
  const intro = sections.length > 1 ? 'the introduction' : 'the text';
  const label = (section: Section): string => (section.heading === '' ? intro : `"${display(section.heading).trim() || section.heading}"`);
  // Sections are matched by depth and heading, the nth occurrence with the nth, so a moved or
  // duplicated heading is not taken for a change of every section after it.
  const oldByKey = new Map<string, Section[]>();
  for (const section of sectionsOf(old)) {
    const key = `${section.depth}\u0000${section.heading}`;
    oldByKey.set(key, [...(oldByKey.get(key) ?? []), section]);
  }
  for (const section of sections) {
    const before = oldByKey.get(`${section.depth}\u0000${section.heading}`)?.shift();
    if (!before) changes.push(`${label(section)} (new)`);
    else if (before.text !== section.text) changes.push(label(section));
  }
  for (const left of oldByKey.values()) for (const section of left) changes.push(`${label(section)} (removed)`);
  return changes;
}

function isYamlFile(doc: ParsedDocument): boolean {
  return /\.ya?ml$/.test(doc.path);
}

function frontMatterText(doc: ParsedDocument): string {
  return doc.yaml ? doc.text.slice(doc.yaml.start, doc.yaml.end) : '';
}

/** The dotted paths of the leaves that differ between two YAML values, marked `(new)` or `(removed)`. */
function changedKeys(old: unknown, current: unknown): string[] {
  const before = leaves(old);
  const after = leaves(current);
  const changed = [...after].filter(([key, value]) => before.get(key) !== value).map(([key]) => `\`${key}\`${before.has(key) ? '' : ' (new)'}`);
  return [...changed, ...[...before.keys()].filter((key) => !after.has(key)).map((key) => `\`${key}\` (removed)`)];
}

function leaves(value: unknown, prefix = '', into = new Map<string, string>()): Map<string, string> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) leaves(child, prefix ? `${prefix}.${key}` : key, into);
  } else if (prefix) {
    into.set(prefix, JSON.stringify(value));
  }
  return into;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
