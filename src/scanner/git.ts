import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { DomainError } from '../core/errors.ts';

/**
 * The only place that runs git. Every call gets an argument array (never a shell), a deadline, an
 * environment stripped of the user's and system's configuration, and `-c` options that switch off
 * everything a repository's own `.git/config` could use to run a program: hooks, fsmonitor, pagers,
 * signature verification, external diff and text conversion, and transport protocols except the ones
 * a clone needs.
 */

/** Where git runs, which paths it trusts, and until when it may run. */
export interface GitLocation {
  /** The folder git runs in. */
  cwd: string;
  /** The repository's git directory (absolute); passed as `--git-dir` so git never looks elsewhere. */
  gitDir?: string;
  /** Paths trusted through `safe.directory` (the repository's own, for repositories owned by someone else). */
  trusted: readonly string[];
  /** Milliseconds since the epoch after which calls are stopped with a timeout error. */
  deadline: number;
}

/** Options of one call. */
export interface GitCallOptions {
  /** Extra `-c name=value` settings (after the hardened ones, so they can only add to them). */
  config?: readonly string[];
  /** Exit codes that are answers rather than failures (e.g. 1 for `symbolic-ref -q`). */
  okExitCodes?: readonly number[];
  /** Stops the call early; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Environment additions (e.g. GIT_CEILING_DIRECTORIES for discovery). */
  env?: Readonly<Record<string, string>>;
  /** Most bytes of standard output kept (default 64 MiB); beyond it the call fails. */
  maxOutputBytes?: number;
  /** Run git in its own process group, so a timeout also stops its helpers (remote transports). */
  processGroup?: boolean;
}

/** What a finished call printed, and how it ended. */
export interface GitOutput {
  stdout: Buffer;
  stderr: string;
  exitCode: number;
}

/** A value for the gpg programs that exists nowhere: verification cannot run anything. */
const noProgram = '/nonexistent/dpg-toolkit-disabled';

/** Variables kept from the caller's environment: finding programs, temporary files, network access. */
const inherited = [
  'PATH',
  'HOME',
  'TMPDIR',
  'SSH_AUTH_SOCK',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy',
];

/** The environment of every git process. */
export function gitEnvironment(extra: Readonly<Record<string, string>> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of inherited) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return {
    ...env,
    LC_ALL: 'C',
    LANG: 'C',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_ATTR_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    // Empty, not unset: git then skips askpass helpers and core.askPass.
    GIT_ASKPASS: '',
    SSH_ASKPASS: '',
    SSH_ASKPASS_REQUIRE: 'never',
    GIT_SSH_COMMAND: 'ssh -o BatchMode=yes',
    GIT_NO_REPLACE_OBJECTS: '1',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_PROTOCOL_FROM_USER: '0',
    GIT_PAGER: 'cat',
    PAGER: 'cat',
    ...extra,
  };
}

/** The `-c` settings of every call, overriding whatever the repository's configuration says. */
export function hardenedConfig(trusted: readonly string[]): string[] {
  return [
    'core.hooksPath=/dev/null',
    'core.fsmonitor=false',
    'core.untrackedCache=false',
    'core.pager=cat',
    'core.askPass=',
    'credential.helper=',
    'color.ui=false',
    'log.showSignature=false',
    `gpg.program=${noProgram}`,
    `gpg.openpgp.program=${noProgram}`,
    `gpg.ssh.program=${noProgram}`,
    `gpg.x509.program=${noProgram}`,
    'protocol.allow=never',
    'protocol.ext.allow=never',
    'protocol.fd.allow=never',
    'safe.directory=',
    ...trusted.map((directory) => `safe.directory=${directory}`),
  ];
}

/** The full argument list of a call: global options, `-c` settings, then the command. */
export function gitArguments(
  at: GitLocation,
  args: readonly string[],
  config: readonly string[] = [],
): string[] {
  const prefix = ['--no-pager', '--no-replace-objects', '--literal-pathspecs'];
  if (at.gitDir !== undefined) prefix.push(`--git-dir=${at.gitDir}`);
  for (const setting of [...hardenedConfig(at.trusted), ...config]) prefix.push('-c', setting);
  return [...prefix, ...args];
}

/** The command as evidence: `git` and its arguments, without the hardening options. */
export function gitQuery(args: readonly string[]): string {
  return ['git', ...args].join(' ');
}

/** A deadline `ms` from now. */
export function deadlineIn(ms: number): number {
  return Date.now() + ms;
}

function timeoutError(args: readonly string[], ms: number): DomainError {
  return new DomainError(
    'source_unreachable',
    `git ${args[0]} did not finish in time (${Math.round(ms / 1000)} s)`,
    { reason: 'timeout' },
  );
}

function missingGit(): DomainError {
  return new DomainError('source_unreachable', 'git is not installed or not on the PATH', {
    reason: 'git_missing',
  });
}

/** The first line of git's complaint, without the "fatal: " in front. */
function complaint(stderr: string): string {
  const line = stderr.split('\n').find((text) => text.trim() !== '') ?? '';
  return line.replace(/^(?:fatal|error): /, '').trim();
}

/** The error of a call that exited with a failure code. */
export function gitFailure(args: readonly string[], exitCode: number, stderr: string): DomainError {
  const said = complaint(stderr);
  if (/not a git repository/i.test(said))
    return new DomainError('not_found', `not a git repository: ${said}`, { reason: 'not_a_git_repository' });
  return new DomainError('unsupported_format', `git ${args[0]} failed: ${said || `exit code ${exitCode}`}`, {
    reason: 'git_failed',
    exitCode,
  });
}

interface Started {
  child: ChildProcessWithoutNullStreams;
  /** Resolves with the exit code, or rejects on timeout, abort or a missing git. */
  exited: Promise<number>;
  /** Stops the process (and its group, when it has one). */
  stop: () => void;
}

function start(at: GitLocation, args: readonly string[], options: GitCallOptions): Started {
  const remaining = at.deadline - Date.now();
  if (remaining <= 0) throw timeoutError(args, 0);
  options.signal?.throwIfAborted();
  const child = spawn('git', gitArguments(at, args, options.config), {
    cwd: at.cwd,
    env: gitEnvironment(options.env),
    stdio: 'pipe',
    detached: options.processGroup === true,
    windowsHide: true,
  });
  const stop = () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    try {
      if (options.processGroup) process.kill(-child.pid, 'SIGKILL');
      else child.kill('SIGKILL');
    } catch {
      // Already gone.
    }
  };
  const exited = new Promise<number>((resolve, reject) => {
    let failure: Error | undefined;
    const timer = setTimeout(() => {
      failure = timeoutError(args, remaining);
      stop();
    }, remaining);
    const onAbort = () => {
      failure = options.signal?.reason instanceof Error ? options.signal.reason : new Error('aborted');
      stop();
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const settle = () => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
    };
    child.once('error', (error: NodeJS.ErrnoException) => {
      settle();
      reject(error.code === 'ENOENT' ? missingGit() : error);
    });
    child.once('close', (code) => {
      settle();
      if (failure) reject(failure);
      else resolve(code ?? 128);
    });
  });
  // Callers may never await `exited` when they fail first; the rejection is theirs to see elsewhere.
  exited.catch(() => undefined);
  return { child, exited, stop };
}

function collectStderr(child: ChildProcessWithoutNullStreams): () => string {
  const chunks: Buffer[] = [];
  let size = 0;
  child.stderr.on('data', (chunk: Buffer) => {
    if (size < 64 * 1024) chunks.push(chunk);
    size += chunk.length;
  });
  return () => Buffer.concat(chunks).toString('utf8');
}

/** Runs git to the end and returns its output; fails with a {@link DomainError} on a failure exit code. */
export async function runGit(
  at: GitLocation,
  args: readonly string[],
  options: GitCallOptions = {},
): Promise<GitOutput> {
  const { child, exited, stop } = start(at, args, options);
  const stderr = collectStderr(child);
  const limit = options.maxOutputBytes ?? 64 * 1024 * 1024;
  const chunks: Buffer[] = [];
  let size = 0;
  let overflow = false;
  child.stdout.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > limit) {
      overflow = true;
      stop();
    } else chunks.push(chunk);
  });
  child.stdin.end();
  const exitCode = await exited;
  if (overflow)
    throw new DomainError('unsupported_format', `git ${args[0]} printed more than ${limit} bytes`, {
      reason: 'output_too_large',
    });
  if (exitCode !== 0 && !options.okExitCodes?.includes(exitCode)) throw gitFailure(args, exitCode, stderr());
  return { stdout: Buffer.concat(chunks), stderr: stderr(), exitCode };
}

/**
 * Runs git and yields its output as records split on `separator` (NUL by default), without ever holding
 * the whole output: memory stays at one record plus one read chunk. A trailing record without a
 * separator is yielded too. Stopping the iteration early stops git. Fails like {@link runGit}.
 */
export async function* streamGit(
  at: GitLocation,
  args: readonly string[],
  options: GitCallOptions & { separator?: number } = {},
): AsyncGenerator<Buffer, void, undefined> {
  const separator = options.separator ?? 0;
  const { child, exited, stop } = start(at, args, options);
  const stderr = collectStderr(child);
  child.stdin.end();
  let pending: Buffer[] = [];
  let finished = false;
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      let from = 0;
      let end = chunk.indexOf(separator, from);
      while (end >= 0) {
        const piece = chunk.subarray(from, end);
        if (pending.length > 0) {
          pending.push(piece);
          yield Buffer.concat(pending);
          pending = [];
        } else yield piece;
        from = end + 1;
        end = chunk.indexOf(separator, from);
      }
      if (from < chunk.length) pending.push(chunk.subarray(from));
    }
    const exitCode = await exited;
    finished = true;
    if (exitCode !== 0 && !options.okExitCodes?.includes(exitCode))
      throw gitFailure(args, exitCode, stderr());
    if (pending.length > 0) yield Buffer.concat(pending);
  } finally {
    if (!finished) {
      stop();
      await exited.catch(() => undefined);
    }
  }
}

/** A long-running git process the caller talks to through its standard input and output. */
export interface GitProcess {
  stdin: NodeJS.WritableStream;
  stdout: NodeJS.ReadableStream;
  /** Resolves with the exit code; rejects on timeout or when git is missing. */
  exited: Promise<number>;
  /** What git has said on standard error so far. */
  stderr: () => string;
  /** Stops the process now. */
  stop: () => void;
}

/** Starts git for a conversation (such as `cat-file --batch`); the deadline still applies. */
export function startGit(at: GitLocation, args: readonly string[], options: GitCallOptions = {}): GitProcess {
  const { child, exited, stop } = start(at, args, options);
  const stderr = collectStderr(child);
  child.stdin.on('error', () => undefined);
  return { stdin: child.stdin, stdout: child.stdout, exited, stderr, stop };
}
