/** What a README covers, from its headings. */
export interface ReadmeSections {
  install: boolean;
  usage: boolean;
  contributing: boolean;
}

/** A heading of a README and its line. */
export interface Heading {
  text: string;
  line: number;
}

/** Heading words per section, in English, French, Spanish and Portuguese, without accents. */
const sectionWords: Record<keyof ReadmeSections, RegExp> = {
  install:
    /\b(install\w*|setup|set up|getting started|get started|quick ?start|build(ing)? from source|building|deploy\w*|instalacion|instalar|instalacao|installer|mise en place|demarrage|prise en main|compilation|compilacion|primeros pasos|comenzando|puesta en marcha|despliegue|implantacao|como instalar|comment installer)\b/,
  usage:
    /\b(usage|use|using|how to use|how to run|running|run|examples?|tutorial|utilisation|utiliser|mode d emploi|exemples?|uso|usar|como usar|como utilizar|utilizacion|ejemplos?|modo de uso|utilizacao|exemplos?|primeiros passos)\b/,
  contributing:
    /\b(contribut\w*|how to contribute|contribuer|contributions?|contribuir|contribuciones|colaborar|colaboracion|contribuicoes|contribuicao|participer|participar)\b/,
};

function plain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/<[^>]+>/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Lines longer than this are not headings (and are not searched, so a hostile README cannot stall the scan). */
const maxHeadingLine = 300;

/** The headings of a Markdown, reStructuredText, AsciiDoc, Org or HTML README. */
export function readmeHeadings(text: string): Heading[] {
  const lines = text.split(/\r?\n/);
  const headings: Heading[] = [];
  let fenced = false;
  lines.forEach((line, index) => {
    if (line.length > maxHeadingLine) return;
    if (/^\s{0,3}(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) return;
    const atx =
      /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/.exec(line) ??
      /^={1,6}\s+(.+)$/.exec(line) ??
      /^\*{1,6}\s+(.+)$/.exec(line);
    if (atx) {
      headings.push({ text: atx[1]!, line: index + 1 });
      return;
    }
    const html = /<h[1-6][^>]{0,100}>(.{1,200}?)<\/h[1-6]>/i.exec(line);
    if (html) {
      headings.push({ text: html[1]!, line: index + 1 });
      return;
    }
    const next = lines[index + 1];
    if (
      next !== undefined &&
      next.length <= maxHeadingLine &&
      line.trim().length > 0 &&
      /^([=\-~^*+#"'`:.])\1{2,}\s*$/.test(next) &&
      !/^\s*[-*+]\s/.test(line)
    ) {
      headings.push({ text: line.trim(), line: index + 1 });
    }
  });
  return headings;
}

/** Which sections a README has, and the heading that showed each. */
export function readmeSections(text: string): {
  sections: ReadmeSections;
  headings: Partial<Record<keyof ReadmeSections, Heading>>;
} {
  const sections: ReadmeSections = { install: false, usage: false, contributing: false };
  const headings: Partial<Record<keyof ReadmeSections, Heading>> = {};
  for (const heading of readmeHeadings(text)) {
    const words = plain(heading.text);
    for (const key of Object.keys(sectionWords) as (keyof ReadmeSections)[]) {
      if (!sections[key] && sectionWords[key].test(words)) {
        sections[key] = true;
        headings[key] = heading;
      }
    }
  }
  return { sections, headings };
}
