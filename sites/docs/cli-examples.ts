// Command lines the docs build runs for real; their output appears in the CLI reference (under
// the command they start with) and wherever a page shows it with <CliRun run="…" />.
// A command that ends with another exit code than `exit` (0 unless given) fails the docs build.
import type { CliExample } from './generate/run-cli.ts';

export const cliExamples: CliExample[] = [
  { run: 'journeykit check examples/b2b-saas' },
  { run: 'journeykit check examples/ecommerce' },
  { run: 'journeykit check examples/b2b-saas --format json' },
  { run: 'journeykit check broken-journeys', cwd: 'sites/docs/fixtures', exit: 1 },
  { run: 'journeykit check broken-journeys --format github', cwd: 'sites/docs/fixtures', exit: 1 },
  { run: 'journeykit check broken-journeys --format json', cwd: 'sites/docs/fixtures', exit: 1 },
  { run: 'journeykit check examples/b2b-saas --format xml', exit: 2 },
  // Two versions of a small workspace: a renamed step, a new touchpoint, a pain point gone worse.
  { run: 'journeykit diff before after', cwd: 'sites/docs/fixtures/review', exit: 1 },
  // Journeys outside the site: Markdown for READMEs, Mermaid diagrams, single-file pages, JSON.
  { run: 'journeykit export examples/b2b-saas --format markdown --journey onboarding-to-be' },
  { run: 'journeykit export examples/ecommerce --format mermaid --journey returns' },
  { run: 'journeykit export examples/ecommerce --format json --journey retruns', exit: 2 },
  // The getting-started path, in an empty folder: start a workspace, check it, build its site.
  { run: 'journeykit init my-journeys', cwd: 'scratch' },
  { run: 'journeykit check my-journeys', cwd: 'scratch' },
  { run: 'journeykit build my-journeys --out public', cwd: 'scratch' },
];
