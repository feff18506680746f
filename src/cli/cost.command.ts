import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { text as readStream } from 'node:stream/consumers';
import { type Command, InvalidArgumentError } from 'commander';
import {
  checkScenarioSize,
  readScenarioText,
  type ScenarioFileFormat,
  writeScenarioYaml,
} from '../core/cost/scenario-file.ts';
import { analyseScenario } from '../core/cost/scenario-analysis.ts';
import { DomainError } from '../core/errors.ts';
import { translator } from '../i18n/translate.ts';
import { costCsv } from '../report/cost/cost-csv.ts';
import { costJson } from '../report/cost/cost-json.ts';
import { costTables } from '../report/cost/cost-tables.ts';
import { costSummaryText } from './cost-summary.ts';
import { exitCodes } from './exit-codes.ts';

interface CostOptions {
  json?: boolean;
  xlsx?: string;
  csv?: string;
  yaml?: string;
  seed?: number;
  iterations?: number;
}

const wholeNumber = (flag: string, min: number, max: number) => (value: string) => {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max)
    throw new InvalidArgumentError(`${flag} must be a whole number from ${min} to ${max}.`);
  return number;
};

/** `dpg cost <file>`: the analysis of a scenario file, as text or JSON, and its exports. No database. */
export function registerCost(program: Command): void {
  program
    .command('cost')
    .description('compare the total cost of ownership of the options of a scenario file (YAML or JSON)')
    .argument('<file>', 'scenario file (.yaml, .yml or .json), or - to read standard input')
    .option('--json', 'print the scenario and its full analysis as JSON')
    .option('--xlsx <file>', 'write every table to an Excel workbook')
    .option('--csv <dir>', 'write one CSV file per table into a folder (created if missing)')
    .option('--yaml <file>', 'write the validated scenario, defaults filled in, as YAML')
    .option('--seed <n>', 'seed of the Monte Carlo simulation', wholeNumber('--seed', 0, 2 ** 31 - 1))
    .option('--iterations <n>', 'Monte Carlo draws (default 2,000)', wholeNumber('--iterations', 1, 100_000))
    .action(async (file: string, options: CostOptions) => {
      let scenario;
      try {
        scenario = readScenarioText(await readInput(file), formatOf(file));
      } catch (error) {
        if (!(error instanceof DomainError && error.code === 'invalid_input')) throw error;
        printRefusal(file, error);
        process.exitCode = exitCodes.usage;
        return;
      }
      const analysis = analyseScenario(scenario, { seed: options.seed, iterations: options.iterations });
      if (options.json) console.log(JSON.stringify(costJson(scenario, analysis), null, 2));
      else process.stdout.write(costSummaryText(scenario, analysis));
      const note = options.json ? console.error : console.log;
      const tables = costTables(scenario, analysis, translator('en'));
      if (options.xlsx) {
        await writeOutput(options.xlsx, await (await import('../report/cost/cost-xlsx.ts')).costXlsx(tables));
        note(`Wrote ${options.xlsx}`);
      }
      if (options.csv) {
        await mkdir(options.csv, { recursive: true });
        for (const table of tables)
          await writeFile(path.join(options.csv, `${table.id}.csv`), costCsv(table));
        note(`Wrote ${tables.length} CSV files to ${options.csv}`);
      }
      if (options.yaml) {
        await writeOutput(options.yaml, writeScenarioYaml(scenario));
        note(`Wrote ${options.yaml}`);
      }
    });
}

/** The text of a file, or of standard input for `-`; a missing file is `not_found` (exit status 4). */
async function readInput(file: string): Promise<string> {
  if (file === '-') return readStream(process.stdin);
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new DomainError('not_found', `Nothing exists at ${file}`);
    throw error;
  });
  if (!info.isFile()) throw new DomainError('invalid_input', 'not a file');
  checkScenarioSize(info.size);
  return readFile(file, 'utf8');
}

function formatOf(file: string): ScenarioFileFormat | undefined {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.json') return 'json';
  return extension === '.yaml' || extension === '.yml' ? 'yaml' : undefined;
}

/** Every reason a scenario file was refused, one field a line. */
function printRefusal(file: string, error: DomainError): void {
  const issues = error.details?.issues as { path: string; message: string }[] | undefined;
  const name = file === '-' ? 'standard input' : file;
  if (!issues) return console.error(`dpg cost: ${name}: ${error.message}`);
  console.error(`dpg cost: ${name} is not a valid scenario:`);
  for (const issue of issues) console.error(`  ${issue.path || '(scenario)'}: ${issue.message}`);
}

async function writeOutput(file: string, content: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, content);
}
