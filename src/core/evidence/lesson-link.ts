import type { CaseStudy } from './case-study.ts';

/**
 * The evidence-library address of the lesson a citation section names ("CoWIN lesson 4: …",
 * "Primero lesson 6"), or undefined when the section names no lesson of a known case study.
 */
export function lessonLink(
  caseStudies: readonly CaseStudy[],
  section: string | undefined,
): string | undefined {
  const match = /^(.+?) lesson (\d+)\b/i.exec(section ?? '');
  if (!match) return undefined;
  const name = match[1]!.trim().toLowerCase();
  const caseStudy = caseStudies.find(
    (entry) =>
      entry.id === name ||
      entry.name.toLowerCase() === name ||
      entry.name.toLowerCase().startsWith(`${name} `),
  );
  const number = Number(match[2]);
  if (!caseStudy?.lessons.some((lesson) => lesson.number === number)) return undefined;
  return `/evidence/${caseStudy.id}#lesson-${number}`;
}
