/**
 * `.mailmap`: how a project merges the names and addresses one person used over time. The format is
 * git's (see gitmailmap(5)); addresses and names match without regard to case.
 *
 *     Proper Name <proper@example.org>                         # fixes the name for this address
 *     <proper@example.org> <old@example.org>                   # maps an address to another
 *     Proper Name <proper@example.org> <old@example.org>       # both
 *     Proper Name <proper@example.org> Old Name <old@example.org>  # only commits with this name
 */

/** A person as a commit names them. */
export interface Identity {
  name: string;
  email: string;
}

interface MailmapEntry {
  name?: string;
  email?: string;
}

/** A parsed `.mailmap`: replacements keyed by lower-cased address, then by lower-cased name ("" = any name). */
export type Mailmap = ReadonlyMap<string, ReadonlyMap<string, MailmapEntry>>;

const bracketed = /^\s*([^<]*?)\s*<([^>]*)>/;

/** Parses the text of a `.mailmap`; lines it cannot read are skipped, as git does. */
export function parseMailmap(text: string): Mailmap {
  const map = new Map<string, Map<string, MailmapEntry>>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimStart();
    if (line === '' || line.startsWith('#')) continue;
    const first = bracketed.exec(line);
    if (!first) continue;
    const second = bracketed.exec(line.slice(first[0].length));
    const [properName, properEmail] = [first[1]!, first[2]!.trim()];
    const entry: MailmapEntry = {};
    if (properName !== '') entry.name = properName;
    let key: string;
    let oldName = '';
    if (second) {
      if (properEmail !== '') entry.email = properEmail;
      key = second[2]!.trim().toLowerCase();
      oldName = second[1]!.toLowerCase();
    } else {
      key = properEmail.toLowerCase();
    }
    if (entry.name === undefined && entry.email === undefined) continue;
    const byName = map.get(key) ?? new Map<string, MailmapEntry>();
    byName.set(oldName, { ...byName.get(oldName), ...entry });
    map.set(key, byName);
  }
  return map;
}

/** The identity after the mailmap: a name-specific entry first, then the address-only one. */
export function applyMailmap(mailmap: Mailmap, identity: Identity): Identity {
  const byName = mailmap.get(identity.email.toLowerCase());
  if (!byName) return identity;
  const entry = byName.get(identity.name.toLowerCase()) ?? byName.get('');
  if (!entry) return identity;
  return { name: entry.name ?? identity.name, email: entry.email ?? identity.email };
}
