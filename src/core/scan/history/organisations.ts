/**
 * Which organisation a commit author works for, judged from the domain of their e-mail address, with
 * a map the user can edit (domain → organisation). Addresses at webmail providers, no-reply addresses
 * and addresses without a usable domain say nothing about an employer: their authors are independent,
 * and each counts as an organisation of one.
 */

/** An author's affiliation: an organisation by name, or independent. */
export type Affiliation = { kind: 'organisation'; name: string } | { kind: 'independent' };

/** Free mail providers: an address there belongs to a person, not an employer. */
export const webmailDomains: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'protonmail.com',
  'protonmail.ch',
  'proton.me',
  'pm.me',
  'mail.com',
  'email.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'mail.ru',
  'inbox.ru',
  'bk.ru',
  'list.ru',
  'ya.ru',
  'qq.com',
  'foxmail.com',
  '163.com',
  '126.com',
  'sina.com',
  'sohu.com',
  'naver.com',
  'hanmail.net',
  'daum.net',
  'zoho.com',
  'zohomail.com',
  'fastmail.com',
  'fastmail.fm',
  'hey.com',
  'tutanota.com',
  'tuta.io',
  'posteo.de',
  'posteo.net',
  'mailbox.org',
  'disroot.org',
  'riseup.net',
  'rediffmail.com',
  'libero.it',
  'orange.fr',
  'free.fr',
  'laposte.net',
  'wanadoo.fr',
  'sfr.fr',
  'seznam.cz',
  'wp.pl',
  'o2.pl',
  'interia.pl',
  'bol.com.br',
  'uol.com.br',
  'terra.com.br',
  'comcast.net',
  'verizon.net',
  'btinternet.com',
]);

/** Providers present under many country domains (yahoo.fr, hotmail.co.uk, outlook.com.br, …). */
const webmailBrands =
  /^(?:yahoo|ymail|rocketmail|hotmail|outlook|live|msn|gmx|yandex|aol)\.[a-z]{2,3}(?:\.[a-z]{2})?$/;

/** Domains of addresses that hide the author (forge no-reply addresses) or are not real. */
const anonymousSuffixes = [
  'noreply.github.com',
  'noreply.gitlab.com',
  'noreply.codeberg.org',
  'noreply.gitea.io',
  'localhost',
  'localdomain',
  'local',
  'lan',
  'internal',
  'invalid',
  'example',
  'example.com',
  'example.org',
  'example.net',
  '(none)',
];

function hasSuffix(domain: string, suffix: string): boolean {
  return domain === suffix || domain.endsWith(`.${suffix}`);
}

/** The domain of an address, lower-cased, or undefined when it has none worth reading. */
export function emailDomain(email: string): string | undefined {
  const at = email.lastIndexOf('@');
  if (at < 0) return undefined;
  const domain = email
    .slice(at + 1)
    .trim()
    .toLowerCase()
    .replace(/\.+$/, '');
  return domain.includes('.') ? domain : undefined;
}

/** The user's domain → organisation map, keys lower-cased and without a trailing dot, for {@link affiliationOf}. */
export function organisationMap(
  organisations: Readonly<Record<string, string>> = {},
): ReadonlyMap<string, string> {
  return new Map(
    Object.entries(organisations).map(([domain, name]) => [
      domain.trim().toLowerCase().replace(/\.+$/, ''),
      name.trim(),
    ]),
  );
}

/**
 * The affiliation of the author of `email`. The map is consulted first, for the domain and each parent
 * domain ("dev.example.org", then "example.org"); an entry mapped to "" marks a domain independent.
 * Otherwise webmail, no-reply and unusable domains are independent, and any other domain is its own
 * organisation.
 */
export function affiliationOf(
  email: string,
  organisations: ReadonlyMap<string, string> = new Map(),
): Affiliation {
  const domain = emailDomain(email);
  if (domain === undefined) return { kind: 'independent' };
  const labels = domain.split('.');
  for (let start = 0; start < labels.length - 1; start += 1) {
    const candidate = labels.slice(start).join('.');
    const mapped = organisations.get(candidate);
    if (mapped !== undefined)
      return mapped === '' ? { kind: 'independent' } : { kind: 'organisation', name: mapped };
  }
  if (webmailDomains.has(domain) || webmailBrands.test(domain)) return { kind: 'independent' };
  if (anonymousSuffixes.some((suffix) => hasSuffix(domain, suffix))) return { kind: 'independent' };
  return { kind: 'organisation', name: domain };
}
