/**
 * CloudWatch Embedded Metric Format, hand-written (a few lines, so no
 * Powertools package in the Slack bundle): one JSON log line that CloudWatch
 * Logs turns into a metric. The line is also an ordinary log line, so its
 * fields (the correlation id included) can be queried with Logs Insights.
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html
 */

/** The units NewsBot's metrics use. */
export type MetricUnit = 'Count' | 'Milliseconds';

/** The metrics NewsBot writes: one name list, so the alarms (cdk/) and the code agree on spelling. */
export const METRICS = {
  /** A slash command answered (dimension Command). */
  commandHandled: 'CommandHandled',
  /** A slash command that failed on our side (dimension Command). */
  commandFailed: 'CommandFailed',
  /** How long a slash command took to answer, in ms (dimension Command). */
  commandLatency: 'CommandLatency',
  /** How a page ingest ended: created, existing, refused (no article, unreachable), failed (ours) (dimension Outcome). */
  ingestOutcome: 'IngestOutcome',
  /** Quotes attributed in a newly stored article. */
  quotesFound: 'QuotesFound',
  /** A channel digest posted. */
  digestsPosted: 'DigestsPosted',
  /** A channel digest that failed. */
  digestFailures: 'DigestFailures',
  /** A queued job that failed (retried by the queue, then dead-lettered). */
  jobFailures: 'JobFailures',
  /** A request refused for its Slack signature (401). */
  slackUnauthorized: 'SlackUnauthorized',
} as const;

export type MetricName = (typeof METRICS)[keyof typeof METRICS];

export function metricNamespace(stage: string): string {
  return `NewsBot/${stage}`;
}

/**
 * One EMF record. Dimensions are few and low-cardinality (a command's name, an
 * outcome); `context` (request and correlation ids) rides along as plain
 * properties, which EMF keeps in the log line without making them dimensions.
 */
export function emfRecord(metric: {
  namespace: string;
  name: MetricName;
  value: number;
  unit: MetricUnit;
  dimensions?: Record<string, string>;
  context?: Record<string, unknown>;
  at?: number;
}): Record<string, unknown> {
  const dimensions = metric.dimensions ?? {};
  return {
    _aws: {
      Timestamp: metric.at ?? Date.now(),
      CloudWatchMetrics: [
        {
          Namespace: metric.namespace,
          Dimensions: [Object.keys(dimensions)],
          Metrics: [{ Name: metric.name, Unit: metric.unit }],
        },
      ],
    },
    ...metric.context,
    ...dimensions,
    [metric.name]: metric.value,
  };
}
