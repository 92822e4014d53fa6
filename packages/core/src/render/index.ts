// Exports: the same journeys as the report site, as JSON, Markdown and Mermaid, and Mermaid read back.

export {
  journeyReportSchema,
  journeysExportSchema,
  type JourneyReport,
  type JourneysExport,
  type MetricReport,
} from './model/journey-report-schema.ts';
export { journeyReport } from './model/journey-report.ts';
export { journeysExport } from './model/journeys-export.ts';
export { journeysJson } from './json/journeys-json.ts';
export { exportJsonSchema } from './json/export-json-schema.ts';
