import type { TagInfo } from '../../core/scan/releases/release-metrics.ts';
import { gitQuery, streamGit, type GitLocation } from '../git.ts';

/** Fields printed per tag, each followed by NUL; git adds a newline after each tag. */
const fields = [
  '%(refname)',
  '%(objecttype)',
  '%(creatordate:unix)',
  '%(*committerdate:unix)',
  '%(contents:signature)',
];

/**
 * The `for-each-ref` arguments. `%(creatordate)` is the tagger date of an annotated tag and the
 * committer date of the commit a lightweight tag names; `%(contents:signature)` is the signature block
 * at the end of a tag object, extracted as text (nothing is verified, no program runs).
 */
export const tagListArgs = [
  'for-each-ref',
  `--format=${fields.map((field) => `${field}%00`).join('')}`,
  'refs/tags',
];

function unixTime(text: string): number | undefined {
  const value = Number.parseInt(text, 10);
  return text === '' || !Number.isFinite(value) ? undefined : value;
}

function toTag(values: string[]): TagInfo | undefined {
  const [refname, type, created, peeledCommitDate, signature] = values.map((value) => value ?? '');
  if (!refname?.startsWith('refs/tags/')) return undefined;
  const annotated = type === 'tag';
  const date = unixTime(created ?? '') ?? (annotated ? unixTime(peeledCommitDate ?? '') : undefined);
  const tag: TagInfo = {
    name: refname.slice('refs/tags/'.length),
    annotated,
    signed: annotated && /-----BEGIN [A-Z0-9 ]+-----/.test(signature ?? ''),
  };
  if (date !== undefined) tag.date = date;
  return tag;
}

/** Every tag of the repository, streamed (a repository may have tens of thousands). */
export async function readTags(at: GitLocation): Promise<{ tags: TagInfo[]; query: string }> {
  const tags: TagInfo[] = [];
  let values: string[] = [];
  for await (const token of streamGit(at, tagListArgs)) {
    const text = token.toString('utf8');
    values.push(values.length === 0 ? text.replace(/^\n/, '') : text);
    if (values.length === fields.length) {
      const tag = toTag(values);
      if (tag) tags.push(tag);
      values = [];
    }
  }
  return { tags, query: gitQuery(tagListArgs) };
}
