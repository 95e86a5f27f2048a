import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ACCOUNTS_TEST_ENV, api, loginAs } from '../support/sign-in';
import { startApi, type RunningApi } from '../support/start-api';

const MONITORING = path.resolve(__dirname, '../../../../deploy/monitoring');
const SCRAPE_TOKEN = 'monitoring-scrape-token-0123456789';
/** Series Prometheus makes itself for every target, with the labels its scrape configuration adds. */
const PROMETHEUS_OWN: Record<string, readonly string[]> = { up: ['job', 'instance', 'tier'] };

interface Dashboard {
  panels: { title: string; targets: { expr: string }[] }[];
  templating: { list: { query?: { query?: string } | string }[] };
}

/** Every series of a scrape, by name, with the labels its samples carry. */
function exportedSeries(text: string): Map<string, Set<string>> {
  const series = new Map<string, Set<string>>();
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? \S+$/.exec(line);
    if (!match) continue;
    const labels = series.get(match[1]) ?? new Set<string>();
    for (const label of (match[2] ?? '').matchAll(/(\w+)="/g)) labels.add(label[1]);
    series.set(match[1], labels);
  }
  return series;
}

/** The metric names a PromQL expression reads, each with the label names its selector matches on. */
function selectors(expr: string): { metric: string; labels: string[] }[] {
  return [...expr.matchAll(/\b(medlocal_\w+|up)\b(?:\{([^}]*)\})?/g)].map((match) => ({
    metric: match[1],
    labels: [...(match[2] ?? '').matchAll(/(\w+)\s*(?:=~|!~|!=|=)/g)].map((label) => label[1]),
  }));
}

/**
 * deploy/monitoring: the Grafana dashboard queries only series MedLocal exports (by name and label),
 * and the Prometheus scrape configuration asks for them where MedLocal serves them.
 */
describe('monitoring files in deploy/monitoring', () => {
  let sut: RunningApi;
  let exported: Map<string, Set<string>>;
  const dashboard = JSON.parse(readFileSync(path.join(MONITORING, 'grafana-medlocal-fleet.json'), 'utf8')) as Dashboard;
  const prometheus = parse(readFileSync(path.join(MONITORING, 'prometheus.yml'), 'utf8')) as {
    scrape_configs: { job_name: string; metrics_path: string; honor_labels: boolean; authorization: { credentials_file: string } }[];
  };

  beforeAll(async () => {
    sut = await startApi({ env: { ...ACCOUNTS_TEST_ENV, METRICS_TOKEN: SCRAPE_TOKEN, INFERENCE_THREADS: '1' } });
    // One answered question, so the counters and the histogram carry their labels.
    const clinician = await loginAs(sut, 'clinician');
    const { id } = (await (await api(sut, 'POST', '/api/chat/conversations', { token: clinician.accessToken })).json()) as { id: string };
    await (
      await api(sut, 'POST', `/api/chat/conversations/${id}/messages`, { token: clinician.accessToken, body: { content: 'AF anticoagulation in CKD?' } })
    ).text();
    exported = exportedSeries(await (await fetch(`${sut.baseUrl}/metrics`, { headers: { authorization: `Bearer ${SCRAPE_TOKEN}` } })).text());
  });

  afterAll(async () => {
    await sut?.stop();
  });

  const expressions = () => [
    ...dashboard.panels.flatMap((panel) => panel.targets.map((target) => ({ where: panel.title, expr: target.expr }))),
    ...dashboard.templating.list.flatMap((variable) =>
      typeof variable.query === 'object' && variable.query.query ? [{ where: 'template variable', expr: variable.query.query }] : [],
    ),
  ];

  it('queries only series MedLocal exports, with labels those series carry', () => {
    expect(expressions().length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const { where, expr } of expressions()) {
      const read = selectors(expr);
      if (read.length === 0) problems.push(`${where}: reads no MedLocal series: ${expr}`);
      const labelsOf = (metric: string) => exported.get(metric) ?? new Set(PROMETHEUS_OWN[metric] ?? []);
      for (const { metric, labels } of read) {
        if (!exported.has(metric) && !PROMETHEUS_OWN[metric]) problems.push(`${where}: ${metric} is not exported`);
        for (const label of labels) if (!labelsOf(metric).has(label)) problems.push(`${where}: ${metric} has no label ${label}`);
      }
      for (const by of expr.matchAll(/\bby \(([^)]*)\)/g)) {
        for (const label of by[1].split(',').map((name) => name.trim())) {
          if (!read.some(({ metric }) => labelsOf(metric).has(label))) problems.push(`${where}: nothing it reads has label ${label}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('labels every series with its instance, which the dashboard selects on', () => {
    const withoutInstance = [...exported].filter(([, labels]) => !labels.has('instance')).map(([name]) => name);
    expect(withoutInstance).toEqual([]);
  });

  it('scrapes /metrics with the token on API instances and nodes, keeping MedLocal instance labels', async () => {
    expect(prometheus.scrape_configs.map((job) => job.job_name).sort()).toEqual(['medlocal-api', 'medlocal-inference']);
    for (const job of prometheus.scrape_configs) {
      expect(job).toMatchObject({ metrics_path: '/metrics', honor_labels: true, authorization: { credentials_file: expect.any(String) } });
      // The up{job=~"medlocal-.*"} panel counts exactly these jobs.
      expect(job.job_name).toMatch(/^medlocal-.*$/);
    }
    expect((await fetch(`${sut.baseUrl}/metrics`)).status).toBe(401);
  });
});
