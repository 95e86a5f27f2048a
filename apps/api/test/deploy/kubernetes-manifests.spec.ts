import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { EnvironmentVariables } from '../../src/config/environment.variables';
import { ConfigurationError, loadEnvironment } from '../../src/config/load-config';
import { HealthController } from '../../src/health/health.controller';
import { WORKSPACE_ROOT } from './support/production-env';

const FOLDER = path.join(WORKSPACE_ROOT, 'deploy/kubernetes');
const DEFAULTS = new EnvironmentVariables();
/** Files MedLocal writes (anchors, journal) or reads in its own format (audit keys) rather than as `<SECRET>_FILE`. */
const NOT_SECRET_FILES = ['AUDIT_HMAC_KEY_FILE', 'AUDIT_ANCHOR_FILE', 'AUDIT_SPOOL_FILE'];
/** The health route as Nest serves it: the global `api` prefix and the controller's path. */
const HEALTH_PATH = `/api/${Reflect.getMetadata('path', HealthController) as string}`;

type Labels = Record<string, string>;
interface Probe {
  httpGet: { path: string; port: string | number };
}
interface Container {
  name: string;
  ports: { name: string; containerPort: number }[];
  env: { name: string; value?: string; valueFrom?: unknown }[];
  startupProbe: Probe;
  readinessProbe: Probe;
  livenessProbe: Probe;
  securityContext: { allowPrivilegeEscalation: boolean; readOnlyRootFilesystem: boolean; capabilities: { drop: string[] } };
  volumeMounts: { name: string; mountPath: string }[];
}
interface Resource {
  kind: string;
  metadata: { name: string; annotations?: Record<string, string> };
  spec: Record<string, unknown>;
}
interface Workload extends Resource {
  spec: {
    selector: { matchLabels: Labels };
    template: {
      metadata: { labels: Labels };
      spec: { terminationGracePeriodSeconds: number; securityContext: { runAsNonRoot: boolean; runAsUser: number }; containers: Container[] };
    };
  };
}

function load(): Resource[] {
  return readdirSync(FOLDER)
    .filter((name) => name.endsWith('.yaml'))
    .flatMap((name) =>
      parseAllDocuments(readFileSync(path.join(FOLDER, name), 'utf8')).map((document) => {
        expect(document.errors, name).toEqual([]);
        return document.toJS() as Resource;
      }),
    );
}

const envOf = (container: Container) =>
  Object.fromEntries(container.env.filter((entry) => entry.value !== undefined).map((entry) => [entry.name, entry.value as string]));
const matches = (selector: Labels, labels: Labels) => Object.entries(selector).every(([key, value]) => labels[key] === value);

/**
 * deploy/kubernetes is not run here (no cluster): this checks that what the manifests say agrees
 * with the API they start — ports, probe paths, configuration, confinement — and with each other.
 */
describe('deploy/kubernetes manifests', () => {
  const resources = load();
  const workloads = resources.filter((resource): resource is Workload => resource.kind === 'StatefulSet' || resource.kind === 'Deployment');
  const byKind = (kind: string) => resources.filter((resource) => resource.kind === kind);
  const container = (name: string) => {
    const workload = workloads.find((candidate) => candidate.metadata.name === name);
    if (!workload) throw new Error(`no workload ${name}`);
    return workload.spec.template.spec.containers[0];
  };

  it('ships the API instances, the inference nodes, their services, disruption budgets and an ingress, each marked untested', () => {
    expect(workloads.map((workload) => `${workload.kind}/${workload.metadata.name}`).sort()).toEqual([
      'Deployment/medlocal-inference',
      'StatefulSet/medlocal-api',
    ]);
    expect(
      byKind('Service')
        .map((service) => service.metadata.name)
        .sort(),
    ).toEqual(['medlocal-api', 'medlocal-inference']);
    expect(byKind('PodDisruptionBudget')).toHaveLength(2);
    expect(byKind('Ingress').length).toBeGreaterThan(0);
    for (const name of readdirSync(FOLDER)) expect(readFileSync(path.join(FOLDER, name), 'utf8'), name).toMatch(/NOT TESTED HERE/);
  });

  it.each(['medlocal-api', 'medlocal-inference'])('%s: listens where the probes and the service look, on the health route', (name) => {
    const sut = container(name);
    const env = envOf(sut);
    expect(sut.ports).toEqual([{ name: 'http', containerPort: Number(env['PORT'] ?? DEFAULTS.PORT) }]);
    expect(env['HOST']).toBe('0.0.0.0');
    for (const probe of [sut.startupProbe, sut.readinessProbe, sut.livenessProbe]) expect(probe.httpGet).toEqual({ path: HEALTH_PATH, port: 'http' });
  });

  it.each(['medlocal-api', 'medlocal-inference'])('%s: runs as the image user, read-only, every path MedLocal writes on a volume', (name) => {
    const workload = workloads.find((candidate) => candidate.metadata.name === name) as Workload;
    const imageUser = /^USER (\d+):/m.exec(readFileSync(path.join(WORKSPACE_ROOT, 'deploy/container/Containerfile'), 'utf8'))?.[1];
    expect(workload.spec.template.spec.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: Number(imageUser) });
    const sut = container(name);
    expect(sut.securityContext).toEqual({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
    const env = envOf(sut);
    const written = [env['DATA_DIR'], env['AUDIT_ANCHOR_FILE'] && path.posix.dirname(env['AUDIT_ANCHOR_FILE']), '/tmp'].filter(Boolean);
    expect(written.filter((folder) => !sut.volumeMounts.some((mount) => mount.mountPath === folder))).toEqual([]);
    // SIGTERM's drain (SHUTDOWN_GRACE_MS) ends before the kubelet's SIGKILL.
    expect(workload.spec.template.spec.terminationGracePeriodSeconds * 1000).toBeGreaterThan(Number(env['SHUTDOWN_GRACE_MS'] ?? DEFAULTS.SHUTDOWN_GRACE_MS));
  });

  it.each(['medlocal-api', 'medlocal-inference'])('%s: its configuration is one MedLocal accepts, secrets read from the mounted files', (name) => {
    const env = envOf(container(name));
    const plain = Object.fromEntries(Object.entries(env).map(([key, value]) => [key, value.replace('$(POD_NAME)', `${name}-0`)]));
    // Here the secret files are missing: MedLocal must name exactly those (so it knows each *_FILE) and nothing else.
    const secretFiles = Object.keys(env).filter((variable) => variable.endsWith('_FILE') && !NOT_SECRET_FILES.includes(variable));
    expect(secretFiles.length).toBeGreaterThan(0);
    expect(() => loadEnvironment({ ...plain, MEDLOCAL_MODE: 'demo' })).toThrow(ConfigurationError);
    try {
      loadEnvironment({ ...plain, MEDLOCAL_MODE: 'demo' });
    } catch (error) {
      expect([...(error as ConfigurationError).problems].sort()).toEqual(
        secretFiles.map((variable) => `Invalid configuration: ${variable}=${env[variable]} cannot be read (ENOENT)`).sort(),
      );
    }
    for (const variable of [...secretFiles, 'AUDIT_HMAC_KEY_FILE']) if (env[variable]) expect(env[variable]).toMatch(/^\/run\/secrets\/medlocal\//);
  });

  it('sends the API instances to the inference service, with the same answer budget as the nodes', () => {
    const api = envOf(container('medlocal-api'));
    const node = envOf(container('medlocal-inference'));
    expect(node['MEDLOCAL_ROLE']).toBe('inference-node');
    const inference = byKind('Service').find((service) => service.metadata.name === 'medlocal-inference') as Resource;
    const port = (inference.spec['ports'] as { port: number }[])[0].port;
    expect(api['INFERENCE_REMOTE_URL']).toBe(`http://medlocal-inference:${port}/v1`);
    expect(api['INFERENCE_MAX_ANSWER_TOKENS']).toBe(node['INFERENCE_MAX_ANSWER_TOKENS']);
  });

  it('selects the pods of its workload in every service and disruption budget', () => {
    for (const resource of [...byKind('Service'), ...byKind('PodDisruptionBudget')]) {
      const selector = (resource.spec['selector'] as { matchLabels?: Labels } & Labels).matchLabels ?? (resource.spec['selector'] as Labels);
      const selected = workloads.filter((workload) => matches(selector, workload.spec.template.metadata.labels));
      expect(
        selected.map((workload) => workload.metadata.name),
        `${resource.kind}/${resource.metadata.name}`,
      ).toHaveLength(1);
      expect(matches(selected[0].spec.selector.matchLabels, selected[0].spec.template.metadata.labels)).toBe(true);
    }
  });

  it('streams answers through the ingress: unbuffered, patient, sticky, with the body limits of the API', () => {
    const queueSeconds = DEFAULTS.INFERENCE_QUEUE_TIMEOUT_MS / 1000;
    const [main, batches] = ['medlocal', 'medlocal-batches'].map((name) => byKind('Ingress').find((ingress) => ingress.metadata.name === name) as Resource);
    const annotation = (ingress: Resource, key: string) => ingress.metadata.annotations?.[`nginx.ingress.kubernetes.io/${key}`];
    expect(annotation(main, 'proxy-buffering')).toBe('off');
    for (const ingress of [main, batches]) expect(Number(annotation(ingress, 'proxy-read-timeout'))).toBeGreaterThan(queueSeconds);
    expect(annotation(main, 'affinity')).toBe('cookie');
    expect(annotation(main, 'proxy-body-size')).toBe(DEFAULTS.BODY_LIMIT.replace(/b$/, ''));
    expect(annotation(batches, 'proxy-body-size')).toBe(`${DEFAULTS.BATCH_MAX_UPLOAD_MB}m`);
    const backends = byKind('Ingress').flatMap((ingress) =>
      (ingress.spec['rules'] as { http: { paths: { backend: { service: { name: string; port: { name: string } } } }[] } }[]).flatMap((rule) =>
        rule.http.paths.map((entry) => entry.backend.service),
      ),
    );
    for (const backend of backends) {
      const service = byKind('Service').find((candidate) => candidate.metadata.name === backend.name);
      expect((service?.spec['ports'] as { name: string }[] | undefined)?.map((port) => port.name)).toContain(backend.port.name);
    }
  });
});
