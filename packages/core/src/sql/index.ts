// The SQL compiler's public surface: metric definitions to SQL for the engines where data lives.

export { sqlDialects, type SqlDialectName, type SqlNameQuoting, type SqlTarget } from './dialect.ts';
export type { EventColumns } from './event-rows.ts';
export { funnelSql, funnelSqlResults, type FunnelSqlDefinition, type FunnelSqlResult } from './funnel-sql.ts';
export { retentionSql, retentionSqlResults, type RetentionSqlDefinition, type RetentionSqlResult } from './retention-sql.ts';
export { surveySql, type SurveySqlDefinition } from './survey-sql.ts';
export { attributionSql, type AttributionSqlDefinition } from './attribution-sql.ts';
export { metricSql, sqlResults, sqlSupport, type MetricSql, type MetricSqlOptions, type SqlSupport } from './metric-sql.ts';
