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
export { journeyMermaid, type JourneyMermaidOptions } from './mermaid/journey-mermaid.ts';
export { emotionToScore, scoreToEmotion } from '../mermaid/score.ts';
export { importMermaid, type MermaidImport, type MermaidImportOptions } from '../mermaid/import/import-mermaid.ts';
export { importedFiles, type ImportedFile, type ImportedFilesOptions } from '../mermaid/import/imported-files.ts';
export { journeyMarkdown, journeyMarkdownTree } from './markdown/journey-markdown.ts';
