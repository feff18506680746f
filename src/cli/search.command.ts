import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Config } from '../config.ts';
import { CatalogIndex } from '../core/catalog/catalog-index.ts';
import { catalogSorts, CatalogQuery } from '../core/catalog/catalog-query.ts';
import { productStages, productTypes } from '../core/catalog/product.ts';
import { listProducts } from '../storage/product.repository.ts';
import { withDatabase } from './database-session.ts';
import { exitCodes } from './exit-codes.ts';

const collect = (value: string, previous: string[] = []) => [...previous, value];
const collectChoice =
  (choices: readonly string[]) =>
  (value: string, previous: string[] = []) => {
    if (!choices.includes(value))
      throw new InvalidArgumentError(`"${value}" is not one of ${choices.join(', ')}.`);
    return [...previous, value];
  };

/** `dpg search [words]`: the catalogue query of the web pages, from the terminal. */
export function registerSearch(program: Command, config: Config): void {
  program
    .command('search')
    .description('search and filter the catalogue')
    .argument('[words...]', 'words to search for (typos tolerated)')
    .addOption(
      new Option('--type <type>', `product type, repeatable: ${productTypes.join(', ')}`).argParser(
        collectChoice(productTypes),
      ),
    )
    .addOption(
      new Option('--stage <stage>', `registry stage, repeatable: ${productStages.join(', ')}`).argParser(
        collectChoice(productStages),
      ),
    )
    .option('--sdg <number>', 'Sustainable Development Goal number (repeatable)', collect)
    .option('--sector <sector>', 'sector (repeatable)', collect)
    .option('--licence <spdx>', 'SPDX licence id (repeatable)', collect)
    .option('--country <code>', 'ISO 3166-1 alpha-2 code of a deployment country (repeatable)', collect)
    .addOption(new Option('--sort <order>', 'order').choices(catalogSorts))
    .option('--page <n>', 'page number', '1')
    .option('--page-size <n>', 'results per page', '20')
    .option('--json', 'print the page as JSON')
    .action(async (words: string[], options: Record<string, unknown>) => {
      const parsed = CatalogQuery.safeParse({
        q: words.join(' ') || undefined,
        type: options.type,
        stage: options.stage,
        sdg: options.sdg,
        sector: options.sector,
        licence: options.licence,
        country: options.country,
        sort: options.sort,
        page: options.page,
        pageSize: options.pageSize,
      });
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          console.error(`dpg search: --${issue.path.join('.')}: ${issue.message}`);
        process.exitCode = exitCodes.usage;
        return;
      }
      const products = await withDatabase(config, listProducts);
      const page = new CatalogIndex(products).query(parsed.data);
      if (options.json) {
        console.log(JSON.stringify(page, null, 2));
      } else {
        console.log(
          `${page.total} ${page.total === 1 ? 'product' : 'products'} (page ${page.page} of ${page.pageCount})`,
        );
        for (const item of page.items)
          console.log(`${item.slug.padEnd(40)} ${item.stage.padEnd(9)} ${item.name}`);
      }
      if (page.total === 0) process.exitCode = exitCodes.notFound;
    });
}
