import type { CaseStudy, Lesson } from './case-study.ts';

/** What the evidence library is searched by: words, a toolkit area, a sector. */
export interface EvidenceQuery {
  q?: string | undefined;
  area?: string | undefined;
  sector?: string | undefined;
}

/** A lesson found, with its case study. */
export interface LessonHit {
  caseStudy: CaseStudy;
  lesson: Lesson;
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * The lessons that match every given part of the query: all the words (in either language, accents
 * ignored) in the lesson or its case study's name, the area, and the sector (of the lesson or its study).
 */
export function searchLessons(caseStudies: readonly CaseStudy[], query: EvidenceQuery): LessonHit[] {
  const words = fold(query.q ?? '')
    .split(/\s+/)
    .filter(Boolean);
  return caseStudies.flatMap((caseStudy) =>
    caseStudy.lessons
      .filter((lesson) => {
        const text = fold(
          [caseStudy.name, lesson.title.en, lesson.title.fr, lesson.text.en, lesson.text.fr].join(' '),
        );
        return (
          words.every((word) => text.includes(word)) &&
          (!query.area || (lesson.areas as string[]).includes(query.area)) &&
          (!query.sector || [...lesson.sectors, ...caseStudy.sectors].includes(query.sector))
        );
      })
      .map((lesson) => ({ caseStudy, lesson })),
  );
}
