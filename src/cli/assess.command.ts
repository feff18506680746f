import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import type { Config } from '../config.ts';
import { assessmentFacts } from '../core/assessment/assessment-facts.ts';
import type { AssessmentModel } from '../core/assessment/assessment-model.ts';
import type { AssessmentResult } from '../core/assessment/assessment-result.ts';
import { parseAnswersFile, type Answers } from '../core/assessment/answers.ts';
import type { InputIssue } from '../core/assessment/input-issue.ts';
import { DomainError } from '../core/errors.ts';
import { translator } from '../i18n/translate.ts';
import { asOfDate, assessProduct, runAssessment } from '../services/assess-product.ts';
import { assessSubject, catalogueProduct, subjectName } from '../services/assessment-subject.ts';
import { countryModelNamed, modelNamed } from '../services/assessments.ts';
import { scanRepository } from '../scanner/scan-repository.ts';
import { scanStatusLine } from './scan-status.ts';
import { assessmentSummaryText } from './assessment-summary.ts';
import { withDatabase } from './database-session.ts';
import { exitCodes } from './exit-codes.ts';
import { sectors, type Sector } from '../core/country/country-facts.ts';
import { findCountryProfile } from '../services/countries.ts';

interface AssessOptions {
  model: string;
  product?: string;
  repo?: string;
  country?: string;
  sector?: string;
  answers?: string;
  json?: boolean;
}

/** The largest answers file read (1 MiB). */
const maxAnswersBytes = 1024 * 1024;

/**
 * `dpg assess --model ID[@version] (--product SLUG | --repo PATH) [--answers FILE] [--json]`: assesses a
 * catalogue product (its record and latest stored scan, from the database) or a repository (scanned
 * now, no record), with the answers of a file, and prints the profile and top recommendations, or the
 * whole result as JSON. Nothing is stored.
 */
export function registerAssess(program: Command, config: Config): void {
  program
    .command('assess')
    .description('assess a catalogue product or a repository against a model (dpg-standard, adoptability)')
    .requiredOption('--model <id[@version]>', 'the model, e.g. adoptability or dpg-standard@1')
    .option('--product <slug>', 'a catalogue product: its record and latest stored scan are the facts')
    .option('--repo <path|git-url>', 'a repository to scan now; its facts are the evidence (no record)')
    .option(
      '--country <code>',
      'a country (ISO 3166 code) for the country models: country-readiness, capacity-needs',
    )
    .option('--sector <sector>', `with --country: the sector the adoption is for (${sectors.join(', ')})`)
    .option('--answers <file>', 'answers to the questions, YAML or JSON (docs/assessment-models.md)')
    .option('--json', 'print the whole result as JSON')
    .action(async (options: AssessOptions) => {
      if ([options.product, options.repo, options.country].filter(Boolean).length !== 1) {
        console.error('dpg assess: give one of --product SLUG, --repo PATH or --country CODE.');
        process.exitCode = exitCodes.usage;
        return;
      }
      if (options.sector && (!options.country || !(sectors as readonly string[]).includes(options.sector))) {
        console.error(`dpg assess: --sector goes with --country and is one of ${sectors.join(', ')}.`);
        process.exitCode = exitCodes.usage;
        return;
      }
      let model: AssessmentModel;
      let answers: Answers = {};
      try {
        model = options.country ? await countryModelNamed(options.model) : await modelNamed(options.model);
      } catch (error) {
        return refuse('--model', error);
      }
      try {
        if (options.answers) answers = await readAnswers(model, options.answers);
      } catch (error) {
        return refuse(options.answers!, error);
      }
      const now = new Date();
      let result: AssessmentResult;
      let subject: { title: string; evidence: string };
      if (options.country) {
        const code = options.country;
        const sector = options.sector as Sector | undefined;
        ({ result, subject } = await withDatabase(config, async (db) => {
          const profile = await findCountryProfile(db, code);
          if (!profile) throw new DomainError('not_found', `No country has the code "${code}".`);
          const country = { kind: 'country' as const, profile, sector };
          return {
            result: (await assessSubject(db, model, country, answers, now)).result,
            subject: {
              title: subjectName(country),
              evidence: 'the country profile and the indicators imported (dpg import gtmi|egdi)',
            },
          };
        }));
      } else if (options.product) {
        const slug = options.product;
        ({ result, subject } = await withDatabase(config, async (db) => {
          const product = await catalogueProduct(db, slug).catch((error: unknown) => {
            throw error instanceof DomainError ? new DomainError('not_found', error.message) : error;
          });
          const assessed = await assessProduct(db, model, product, answers, now);
          const scan = assessed.scannedAt
            ? `the repository scan of ${assessed.scannedAt.slice(0, 10)}`
            : 'no repository scan yet (dpg scan stores one)';
          return {
            result: assessed.result,
            subject: { title: product.name, evidence: `catalogue record, ${scan}` },
          };
        }));
      } else {
        const source = options.repo!;
        const status = scanStatusLine(!options.json, 'Scanning: ');
        let scan;
        try {
          scan = (await scanRepository(source, { onProgress: status.update })).result;
        } finally {
          status.stop();
        }
        result = runAssessment(model, assessmentFacts({ scan, asOf: asOfDate(now) }), answers);
        subject = {
          title: source,
          evidence: `a scan of the repository made now (${scan.repository.head?.slice(0, 12) ?? 'no commit'})`,
        };
      }
      if (options.json) console.log(JSON.stringify(result, null, 2));
      else process.stdout.write(assessmentSummaryText(model, result, subject, translator('en')));
    });
}

/** A model that assesses countries (not products), by `id` or `id@version`. */
/** An answers file for this model; a missing file is `not_found` (exit status 4). */
async function readAnswers(model: AssessmentModel, file: string): Promise<Answers> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new DomainError('not_found', `Nothing exists at ${file}`);
    throw error;
  });
  if (!info.isFile() || info.size > maxAnswersBytes)
    throw new DomainError('invalid_input', `${file} is not a file of at most 1 MiB`, {
      issues: [{ path: '', message: 'not a file of at most 1 MiB' }],
    });
  const text = await readFile(file, 'utf8');
  let data: unknown;
  try {
    data = path.extname(file).toLowerCase() === '.json' ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    throw new DomainError('invalid_input', message, { issues: [{ path: '', message }] });
  }
  return parseAnswersFile(model, data);
}

/** Prints every reason an input was refused, one field a line, and sets exit status 2; rethrows the rest. */
function refuse(name: string, error: unknown): void {
  if (!(error instanceof DomainError && error.code === 'invalid_input')) throw error;
  const issues = (error.details?.issues as InputIssue[] | undefined) ?? [];
  if (issues.length === 0) console.error(`dpg assess: ${name}: ${error.message}`);
  else {
    console.error(`dpg assess: ${name} is not valid:`);
    for (const issue of issues) console.error(`  ${issue.path || '(file)'}: ${issue.message}`);
  }
  process.exitCode = exitCodes.usage;
}
