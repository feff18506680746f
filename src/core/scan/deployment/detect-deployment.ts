import { fileEvidence, found, notFound } from '../tree-fact-builders.ts';
import type { Fact, ScanFacts } from '../scan-result.ts';
import { baseName, dirName, extension, isVendored } from '../tree-path.ts';

/** What the deployment detector reads: the file list and the first kilobytes of YAML files. */
export interface DeploymentInput {
  files: readonly { path: string }[];
  head: (path: string) => string | undefined;
}

const dockerfile = /(^|\/)(dockerfile|containerfile)(\.[^/]+)?$|\.dockerfile$/i;
const compose = /(^|\/)(docker-)?compose(\.[\w.-]+)?\.ya?ml$/i;
const kubernetesHead = (head: string) =>
  /^apiVersion:\s*["']?[\w./-]+/m.test(head) && /^kind:\s*["']?[A-Z]\w+/m.test(head);
const playbookHead = (head: string) =>
  /^-\s+(hosts|import_playbook):\s*\S/m.test(head) ||
  (/^-\s+name:/m.test(head) &&
    /^\s{2,}hosts:\s*\S/m.test(head) &&
    /^\s{2,}(tasks|roles|pre_tasks|post_tasks):/m.test(head));
const migrationFolders = new Set([
  'migrations',
  'migration',
  'migrate',
  'versions',
  'changelog',
  'changelogs',
]);

function listFact(items: string[], what: string): Fact {
  const unique = [...new Set(items)].sort();
  return unique.length === 0
    ? notFound(`no ${what}`)
    : found(
        unique,
        unique.slice(0, 20).map((path) => fileEvidence(path)),
      );
}

/** True when a migrations folder is a database one: the folder name, plus a framework's layout for the generic names. */
function isMigrationFolder(folder: string): boolean {
  const name = baseName(folder).toLowerCase();
  if (!migrationFolders.has(name)) return false;
  if (name === 'versions') return /(^|\/)alembic\/versions$|(^|\/)migrations\/versions$/i.test(folder);
  if (name === 'changelog' || name === 'changelogs') return /(^|\/)db\/changelogs?$|liquibase/i.test(folder);
  return true;
}

/** The `deployment` facts: container, orchestration and infrastructure-as-code files, database migrations. */
export function detectDeployment(input: DeploymentInput): ScanFacts['deployment'] {
  const paths = input.files.map((file) => file.path).filter((path) => !isVendored(path));
  const yaml = paths.filter((path) => /^ya?ml$/.test(extension(path)));
  const charts = paths.filter((path) => /(^|\/)Chart\.ya?ml$/.test(path)).map(dirName);
  const inChart = (path: string) => charts.some((chart) => path.startsWith(chart === '' ? '' : `${chart}/`));
  const kubernetes = yaml.filter((path) => {
    if (/(^|\/)(kustomization)\.ya?ml$/i.test(path)) return true;
    if (/^\.github\//.test(path) || compose.test(path) || /(^|\/)Chart\.ya?ml$/.test(path)) return false;
    const head = input.head(path);
    return (
      head !== undefined && kubernetesHead(head) && !(inChart(path) && /(^|\/)values[^/]*\.ya?ml$/.test(path))
    );
  });
  const terraform = paths
    .filter((path) => /\.tf(\.json)?$|(^|\/)terragrunt\.hcl$/i.test(path))
    .map((path) => dirName(path) || '.');
  const ansible = paths.filter((path) => {
    if (/(^|\/)ansible\.cfg$/.test(path) || /(^|\/)roles\/[^/]+\/tasks\/main\.ya?ml$/.test(path)) return true;
    if (!/^ya?ml$/.test(extension(path)) || /^\.github\//.test(path)) return false;
    const head = input.head(path);
    return head !== undefined && playbookHead(head);
  });
  const migrations = new Set<string>();
  for (const path of paths) {
    let folder = dirName(path);
    while (folder !== '') {
      if (isMigrationFolder(folder)) {
        migrations.add(folder);
        break;
      }
      folder = dirName(folder);
    }
    if (/(^|\/)db\.changelog[-\w]*\.(xml|ya?ml|json|sql)$/i.test(path)) migrations.add(dirName(path) || '.');
  }
  return {
    dockerfile: listFact(
      paths.filter((path) => dockerfile.test(path)),
      'Dockerfile or Containerfile',
    ),
    compose: listFact(
      paths.filter((path) => compose.test(path)),
      'Docker Compose file',
    ),
    helm: listFact(
      charts.map((chart) => chart || '.'),
      'Helm chart (Chart.yaml)',
    ),
    kubernetes: listFact(kubernetes, 'Kubernetes manifest (apiVersion and kind)'),
    terraform: listFact(terraform, 'Terraform configuration'),
    ansible: listFact(ansible, 'Ansible configuration or playbook'),
    migrations: listFact([...migrations], 'database migrations folder'),
  };
}
