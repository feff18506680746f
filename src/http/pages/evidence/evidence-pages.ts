import { Hono } from 'hono';
import { searchLessons } from '../../../core/evidence/search-evidence.ts';
import { loadEvidenceLibrary } from '../../../services/evidence-library.ts';
import type { AppEnv } from '../../env.ts';
import { errorPage } from '../error.page.ts';
import { renderPage } from '../render-page.ts';
import { caseStudyPage } from './case-study.page.ts';
import { evidencePage } from './evidence.page.ts';

/** The public evidence library: `/evidence` (case studies, lesson search, insights) and `/evidence/{id}`. */
export function createEvidencePages(): Hono<AppEnv> {
  const pages = new Hono<AppEnv>();
  pages.get('/evidence', async (c) => {
    const t = c.get('t');
    const library = await loadEvidenceLibrary();
    const query = {
      q: c.req.query('q')?.slice(0, 200) || undefined,
      area: c.req.query('area') || undefined,
      sector: c.req.query('sector') || undefined,
      businessModel: c.req.query('businessModel') || undefined,
    };
    return renderPage(c, {
      title: t.t('evidence.title'),
      section: 'evidence',
      body: evidencePage(t, library, query, searchLessons(library.caseStudies, query)),
    });
  });
  pages.get('/evidence/:id', async (c) => {
    const t = c.get('t');
    const library = await loadEvidenceLibrary();
    const caseStudy = library.caseStudies.find((entry) => entry.id === c.req.param('id'));
    if (!caseStudy) return renderPage(c, { title: t.t('error.notFound'), body: errorPage(t, 404) }, 404);
    return renderPage(c, {
      title: caseStudy.name,
      section: 'evidence',
      body: caseStudyPage(t, caseStudy, library.source.title),
    });
  });
  return pages;
}
