import * as fs from 'node:fs';
import * as path from 'node:path';
import { Validations } from 'aws-cdk-lib';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsBotApp, type SynthesizedNewsBot } from './helpers';

interface Acknowledgement {
  readonly id: string;
  readonly reason: string;
  readonly at: string;
}

/** Every `Validations.of(x).acknowledge(...)` in the app, read back from construct metadata. */
function acknowledgements(root: IConstruct): Acknowledgement[] {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          // aws-cdk-lib stores the id with an "Annotation::" prefix; cdk-nag strips it too.
          id: id.replace(/^annotation::/i, ''),
          reason,
          at: construct.node.path,
        })),
      ),
  );
}

/** What AwsSolutions finds when acknowledgements are ignored: "ruleId @ construct path". */
function rawFindings(root: IConstruct): string[] {
  const pack = new AwsSolutionsChecks();
  // isAcknowledged is private in the typings; turning it off shows every finding the pack makes.
  Object.defineProperty(pack, 'isAcknowledged', { value: () => false });
  const report = pack.validateScope(root);
  return report.violations.flatMap((violation) =>
    violation.violatingResources.map((resource) => `${violation.ruleName} @ ${resource.constructPath}`),
  );
}

describe('cdk-nag AwsSolutions', () => {
  let synth: SynthesizedNewsBot;
  beforeAll(() => {
    synth = newsBotApp();
    // Throws (listing the findings) when the pack (registered by buildApp) reports an error.
    synth.app.synth();
  });
  afterAll(() => synth.cleanup());

  it('reports no unsuppressed finding (errors or warnings) when the app synthesizes', () => {
    const report = JSON.parse(fs.readFileSync(path.join(synth.outdir, 'validation-report.json'), 'utf8')) as {
      pluginReports: { pluginName: string; violations: { ruleName: string }[] }[];
    };
    const findings = report.pluginReports.flatMap((plugin) =>
      plugin.violations.map((v) => `${plugin.pluginName}: ${v.ruleName}`),
    );
    expect(findings).toEqual([]);
  });

  it('is registered by the app itself: a non-compliant resource fails synth', () => {
    const other = newsBotApp();
    try {
      new Queue(other.bot, 'PlainQueue'); // no SSE, no TLS policy, no DLQ
      expect(() => other.app.synth()).toThrow(/AwsSolutions-SQS4/);
    } finally {
      other.cleanup();
    }
  });

  it('stays clean with X-Ray tracing on (-c tracing=true): the trace permissions on "*" are acknowledged', () => {
    const traced = newsBotApp({ context: { tracing: 'true' } });
    try {
      expect(() => traced.app.synth()).not.toThrow();
      const findings = rawFindings(traced.app).filter((finding) => finding.startsWith('AwsSolutions-IAM5'));
      expect(findings.length).toBeGreaterThan(0);
      const acks = acknowledgements(traced.app).filter((ack) => ack.id.startsWith('AwsSolutions-IAM5'));
      for (const finding of findings)
        expect(acks.some((ack) => finding.split(' @ ')[1]!.startsWith(ack.at))).toBe(true);
    } finally {
      traced.cleanup();
    }
  });

  it('has a reason of substance for each acknowledgement', () => {
    const acks = acknowledgements(synth.app);
    expect(acks.length).toBeGreaterThan(0);
    for (const ack of acks) {
      expect(ack.id).toMatch(/^AwsSolutions-[A-Z]+\d+(\[.+\])?$/);
      expect(ack.reason.length, `${ack.id} at ${ack.at}`).toBeGreaterThanOrEqual(60);
    }
  });

  it('acknowledges exactly what the pack finds: every finding covered, no acknowledgement without a finding', () => {
    const acks = acknowledgements(synth.app);
    const findings = rawFindings(synth.app);
    const covers = (ack: Acknowledgement, finding: string) => {
      const [rule, at] = finding.split(' @ ') as [string, string];
      return ack.id === rule && (at === ack.at || at.startsWith(`${ack.at}/`));
    };
    const uncovered = findings.filter((finding) => !acks.some((ack) => covers(ack, finding)));
    const unused = acks.filter((ack) => !findings.some((finding) => covers(ack, finding)));
    expect(uncovered).toEqual([]);
    expect(unused.map((ack) => `${ack.id} @ ${ack.at}`)).toEqual([]);
  });

  it('acknowledges only these rules', () => {
    const rules = [...new Set(acknowledgements(synth.app).map((ack) => ack.id))].sort();
    expect(rules).toEqual(['AwsSolutions-L1', 'AwsSolutions-SMG4', 'AwsSolutions-SQS3']);
  });
});
