import type { CaseStudy, Lesson } from './case-study.ts';

/** What the evidence library is searched by: words, a toolkit area, a sector, a business model. */
export interface EvidenceQuery {
  q?: string | undefined;
  area?: string | undefined;
  sector?: string | undefined;
  businessModel?: string | undefined;
}

/** A lesson found, with its case study. */
export interface LessonHit {
  caseStudy: CaseStudy;
  lesson: Lesson;
}

/** A lesson's sectors: its case study's, then any of its own the case study does not have. */
export function lessonSectors(caseStudy: CaseStudy, lesson: Lesson): CaseStudy['sectors'] {
  return [...new Set([...caseStudy.sectors, ...lesson.sectors])];
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * The lessons that match every given part of the query: all the words (in either language, accents
 * ignored) in the lesson or its case study's name, the area, the sector (of the lesson or its study) and
 * the business model (of the lesson).
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
          (!query.sector || (lessonSectors(caseStudy, lesson) as string[]).includes(query.sector)) &&
          (!query.businessModel || (lesson.businessModels as string[]).includes(query.businessModel))
        );
      })
      .map((lesson) => ({ caseStudy, lesson })),
  );
}
