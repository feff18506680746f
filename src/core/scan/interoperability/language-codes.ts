/** ISO 639-1 two-letter language codes. */
const twoLetter = new Set(
  `aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en
  eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka
  kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl
  nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw
  ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu`.split(/\s+/),
);

/** Three-letter codes with no two-letter form that projects do translate into. */
const threeLetter = new Set(
  'ast ceb ckb dsb fil frp gsw haw hsb kab kmr nds sat scn szl yue zgh tzm mni sah hil ilo pam war bal brx doi kok mai'.split(
    ' ',
  ),
);

/**
 * A language tag in canonical BCP 47 case (`pt_br` → `pt-BR`, `zh-hans` → `zh-Hans`, Android's `pt-rBR` →
 * `pt-BR`), or undefined when its language is not an ISO 639 code (so `xx`, `index` or `lib` are rejected).
 */
export function languageTag(text: string): string | undefined {
  const parts = text.replace(/_/g, '-').split('-');
  const language = parts[0]!.toLowerCase();
  if (!twoLetter.has(language) && !threeLetter.has(language)) return undefined;
  const rest: string[] = [];
  for (const raw of parts.slice(1)) {
    const part = /^r[A-Z]{2}$/.test(raw) ? raw.slice(1) : raw;
    if (/^[A-Za-z]{4}$/.test(part)) rest.push(part[0]!.toUpperCase() + part.slice(1).toLowerCase());
    else if (/^[A-Za-z]{2}$/.test(part) || /^\d{3}$/.test(part)) rest.push(part.toUpperCase());
    else if (/^[A-Za-z0-9]{5,8}$/.test(part)) rest.push(part.toLowerCase());
    else return undefined;
  }
  return [language, ...rest].join('-');
}
