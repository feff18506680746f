import { startGit, type GitLocation, type GitProcess } from './git.ts';

/** Reads git objects by id through one `git cat-file --batch` process, each read capped. */
export interface CatFile {
  /** The first `maxBytes` bytes of the object, or undefined when git does not have it. */
  read(oid: string, maxBytes: number): Promise<Buffer | undefined>;
  /** Ends the process once the reads already asked are answered; later reads fail. */
  close(): Promise<void>;
}

interface Pending {
  maxBytes: number;
  resolve: (content: Buffer | undefined) => void;
  reject: (error: unknown) => void;
}

const newline = 0x0a;

/** A process with nothing to answer for this long is ended; the next read starts another. */
const idleMs = 1000;

/**
 * Starts the process on the first read. Requests are written as they come and answered in order, so
 * many reads share one process and one pipe. Bytes beyond a read's cap are dropped as they arrive. An
 * idle process ends by itself, so a caller that forgets {@link CatFile.close} does not keep one alive.
 */
export function openCatFile(at: GitLocation): CatFile {
  let git: GitProcess | undefined;
  let failed: unknown;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const queue: Pending[] = [];
  let header: Buffer[] = [];
  /** The object being received: bytes still to come (content + final newline) and the part kept. */
  let body: { remaining: number; kept: Buffer[]; keep: number } | undefined;

  const failAll = (error: unknown) => {
    failed ??= error;
    for (const pending of queue.splice(0)) pending.reject(failed);
  };

  /** Ends the current process: what was asked is still answered, then it exits. */
  const end = async () => {
    clearTimeout(idle);
    const current = git;
    if (!current) return;
    git = undefined;
    current.stdin.end();
    await current.exited.catch(() => undefined);
  };

  const answered = () => {
    if (queue.length === 0) idle = setTimeout(() => void end(), idleMs);
  };

  const onHeader = (line: string) => {
    const pending = queue[0];
    if (!pending) return failAll(new Error(`git cat-file answered an unasked question: ${line}`));
    const fields = line.split(' ');
    if (fields[1] === 'missing' || fields.length < 3) {
      queue.shift();
      pending.resolve(undefined);
      return answered();
    }
    const size = Number(fields[2]);
    body = { remaining: size + 1, kept: [], keep: Math.min(size, pending.maxBytes) };
  };

  const onData = (chunk: Buffer) => {
    let offset = 0;
    while (offset < chunk.length) {
      if (body) {
        const take = Math.min(body.remaining, chunk.length - offset);
        const keep = Math.min(take, body.keep);
        if (keep > 0) {
          body.kept.push(Buffer.from(chunk.subarray(offset, offset + keep)));
          body.keep -= keep;
        }
        body.remaining -= take;
        offset += take;
        if (body.remaining === 0) {
          queue.shift()?.resolve(Buffer.concat(body.kept));
          body = undefined;
          answered();
        }
        continue;
      }
      const end = chunk.indexOf(newline, offset);
      if (end < 0) {
        header.push(chunk.subarray(offset));
        return;
      }
      header.push(chunk.subarray(offset, end));
      const line = Buffer.concat(header).toString('utf8');
      header = [];
      offset = end + 1;
      onHeader(line);
    }
  };

  const ensureStarted = (): GitProcess => {
    clearTimeout(idle);
    if (git) return git;
    const started = startGit(at, ['cat-file', '--batch']);
    git = started;
    started.stdout.on('data', onData);
    started.exited.then((code) => {
      // A retired process ends with nothing pending; any other end fails what was asked of it.
      if (git === started || queue.length > 0)
        failAll(new Error(`git cat-file ended (exit code ${code}): ${started.stderr().trim()}`));
    }, failAll);
    return started;
  };

  return {
    read(oid, maxBytes) {
      if (failed) return Promise.reject(failed);
      try {
        const process = ensureStarted();
        return new Promise<Buffer | undefined>((resolve, reject) => {
          queue.push({ maxBytes, resolve, reject });
          process.stdin.write(`${oid}\n`);
        });
      } catch (error) {
        return Promise.reject(error);
      }
    },
    async close() {
      failed ??= new Error('git cat-file was closed');
      await end();
    },
  };
}

/**
 * The first `maxBytes` bytes of one object from its own `git cat-file blob` process, stopped as soon as
 * they have arrived: for files far larger than the cap, which would otherwise stream whole through
 * the shared batch process.
 */
export async function readBlobHead(at: GitLocation, oid: string, maxBytes: number): Promise<Buffer> {
  const git = startGit(at, ['cat-file', 'blob', oid]);
  git.stdin.end();
  const kept: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of git.stdout as AsyncIterable<Buffer>) {
      const keep = Math.min(chunk.length, maxBytes - size);
      if (keep > 0) kept.push(Buffer.from(chunk.subarray(0, keep)));
      size += keep;
      if (size >= maxBytes) break;
    }
  } finally {
    git.stop();
    await git.exited.catch(() => undefined);
  }
  return Buffer.concat(kept);
}
