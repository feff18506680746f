import { executableFormat, hasBinaryExtension, looksBinary } from '../binary-files.ts';
import { fuzzToolIn } from '../engineering/fuzzing.ts';
import { sniffsHead } from '../interoperability/detect-interoperability.ts';
import { languageOfName, languageOfShebang } from '../languages/language-of.ts';
import { newLanguageTally, tallyFile, type LanguageTally } from '../languages/language-tally.ts';
import { findSpdxHeader, type SpdxHeader } from '../licences/spdx-headers.ts';
import { isVendored } from '../tree-path.ts';
import type { ReadPlan } from './read-plan.ts';

/** A file's text as the detectors get it, or why they get none. */
export interface FileText {
  text?: string;
  problem?: string;
}

/** What one pass over the files leaves for the detectors: whole texts, first kilobytes, tallies. */
export interface FilePass {
  plan: ReadPlan;
  maxBytes: number;
  /** Whole texts of the kept files (or why not). */
  texts: Map<string, FileText>;
  /** First kilobytes of sniffed files (YAML, JSON, XML…). */
  heads: Map<string, string>;
  tally: LanguageTally;
  /** Source files in a programming language, outside vendored folders. */
  sourceFiles: string[];
  executables: { path: string; format: string }[];
  fuzzHarnesses: { path: string; tool: string }[];
  headers: { path: string; header: SpdxHeader }[];
  /** Paths whose content arrived. */
  seen: Set<string>;
}

/** Kept from each sniffed file for the detectors that look at its first keys. */
const headChars = 16 * 1024;
const decoder = new TextDecoder('utf-8');

/** An empty pass for a plan; `maxBytes` is the read limit, to tell a truncated file. */
export function startPass(plan: ReadPlan, maxBytes: number): FilePass {
  const tally = newLanguageTally();
  tally.vendored = plan.vendoredSkipped;
  return {
    plan,
    maxBytes,
    texts: new Map(),
    heads: new Map(),
    tally,
    sourceFiles: [],
    executables: [],
    fuzzHarnesses: [],
    headers: [],
    seen: new Set(),
  };
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end < 0 ? text : text.slice(0, end);
}

/**
 * Takes in one file as it is read: binary content is only checked for an executable format; text is
 * decoded once, kept whole or in part when a detector needs it, its lines counted, and source files
 * searched for a fuzzing harness and (when sampled) an SPDX header. `size` is the file's full size.
 */
export function absorbFile(pass: FilePass, path: string, content: Uint8Array, size: number): void {
  pass.seen.add(path);
  const truncated = content.length < size;
  const kept = pass.plan.kept.has(path);
  const definition = languageOfName(path);
  if (looksBinary(content)) {
    const format = executableFormat(content);
    if (format) pass.executables.push({ path, format });
    if (kept) pass.texts.set(path, { problem: 'binary content' });
    if (definition && !isVendored(path)) pass.tally.unreadable.push(path);
    return;
  }
  if (hasBinaryExtension(path)) return;
  const text = decoder.decode(content);
  if (kept)
    pass.texts.set(
      path,
      truncated ? { problem: `larger than the ${pass.maxBytes}-byte read limit` } : { text },
    );
  if (sniffsHead(path)) pass.heads.set(path, text.slice(0, headChars));
  const language = definition ?? (text.startsWith('#!') ? languageOfShebang(firstLine(text)) : undefined);
  if (language === undefined) return;
  tallyFile(pass.tally, language, text);
  if (truncated) pass.tally.truncated.push(path);
  if (isVendored(path) || language.type !== 'programming') return;
  pass.sourceFiles.push(path);
  const tool = fuzzToolIn(text);
  if (tool) pass.fuzzHarnesses.push({ path, tool });
  if (pass.plan.headerSample.has(path)) {
    const header = findSpdxHeader(text);
    if (header) pass.headers.push({ path, header });
  }
}

/** Closes a pass: planned files that never arrived are unreadable. */
export function finishPass(pass: FilePass): void {
  for (const path of pass.plan.kept)
    if (!pass.seen.has(path)) pass.texts.set(path, { problem: 'could not be read' });
  for (const path of pass.plan.read) {
    if (!pass.seen.has(path) && languageOfName(path) && !isVendored(path)) pass.tally.unreadable.push(path);
  }
}
