import type { Identity } from '../../core/scan/history/mailmap.ts';

/** The parts of a raw commit object (as `git log --pretty=raw` prints it) that history metrics use. */
export interface RawCommit {
  author: Identity;
  /** Committer date, seconds since the epoch (0 when unreadable). */
  time: number;
  parents: number;
  /** The object has a `gpgsig` or `gpgsig-sha256` header (a signature block, not verified). */
  signed: boolean;
}

const headerEnd = Buffer.from('\n\n');

/** "Name <email> 1700000000 +0100" → the identity and the timestamp. */
function parseSignatureLine(text: string): { identity: Identity; time: number } {
  const close = text.lastIndexOf('>');
  const open = close < 0 ? -1 : text.lastIndexOf('<', close);
  if (open < 0) return { identity: { name: text.trim(), email: '' }, time: 0 };
  const time = Number.parseInt(
    text
      .slice(close + 1)
      .trim()
      .split(' ')[0] ?? '',
    10,
  );
  return {
    identity: { name: text.slice(0, open).trim(), email: text.slice(open + 1, close).trim() },
    time: Number.isFinite(time) ? time : 0,
  };
}

/**
 * Reads the header of one record of `git log --pretty=raw -z` (only the header is decoded; the message
 * is skipped). Text that is not UTF-8 is decoded leniently.
 */
export function parseRawCommit(record: Buffer): RawCommit {
  const end = record.indexOf(headerEnd);
  const header = record.subarray(0, end < 0 ? record.length : end).toString('utf8');
  const commit: RawCommit = { author: { name: '', email: '' }, time: 0, parents: 0, signed: false };
  for (const line of header.split('\n')) {
    if (line.startsWith('parent ')) commit.parents += 1;
    else if (line.startsWith('author ')) commit.author = parseSignatureLine(line.slice(7)).identity;
    else if (line.startsWith('committer ')) commit.time = parseSignatureLine(line.slice(10)).time;
    else if (line.startsWith('gpgsig ') || line.startsWith('gpgsig-sha256 ')) commit.signed = true;
  }
  return commit;
}
