// Offline checks of the deployment files, run by deploy/validate.sh after it has rendered them:
//   node check.mjs --compose <docker-compose config output> --k8s <kubectl kustomize output>...
// Every Kubernetes object is validated against the API schemas (kubernetes-models), including
// fields the schemas do not know (a misspelt `readinesProbe` would otherwise pass); and the lists
// of deployables in compose, Prometheus, the collector and Kubernetes are compared with the Maven
// modules. Prints every problem found, and exits 1 if there is any.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments, parse } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const problems = [];
const problem = (where, message) => problems.push(`${where}: ${message}`);

// ------------------------------------------------------------------------------ arguments

const args = { compose: [], k8s: [] };
for (let i = 2, option = null; i < process.argv.length; i++) {
  const arg = process.argv[i];
  if (arg.startsWith('--')) option = arg.slice(2);
  else if (option in args) args[option].push(arg);
  else throw new Error(`unexpected argument ${arg}`);
}

// ------------------------------------------------------------------------------ what is deployable

// The gateway and the services: the reactor's modules that are applications.
const modules = [...readFileSync(join(root, 'pom.xml'), 'utf8').matchAll(/<module>([^<]+)<\/module>/g)].map((m) => m[1]);
const deployables = modules.filter((m) => m === 'gateway' || m.endsWith('-svc'));
if (deployables.length === 0) problem('pom.xml', 'no gateway or *-svc module found');
for (const module of deployables) {
  // deploy/docker/Dockerfile takes <module>/target/<module>.jar.
  const pom = readFileSync(join(root, module, 'pom.xml'), 'utf8');
  if (!pom.includes(`<finalName>${module}</finalName>`)) problem(`${module}/pom.xml`, `finalName is not ${module} (deploy/docker/Dockerfile expects target/${module}.jar)`);
}

const sameSet = (where, what, actual, expected) => {
  const missing = expected.filter((x) => !actual.includes(x));
  const extra = actual.filter((x) => !expected.includes(x));
  if (missing.length) problem(where, `${what} missing: ${missing.join(', ')}`);
  if (extra.length) problem(where, `${what} not deployable modules: ${extra.join(', ')}`);
};

// ------------------------------------------------------------------------------ docker compose

const infrastructure = ['postgres', 'redis', 'kafka', 'elasticsearch', 'minio', 'minio-init', 'mailpit',
  'otel-collector', 'jaeger', 'prometheus', 'grafana'];

function checkCompose(file) {
  const services = parse(readFileSync(file, 'utf8')).services ?? {};
  const names = Object.keys(services);
  for (const name of [...infrastructure, ...deployables]) {
    if (!names.includes(name)) problem('docker-compose.yml', `service ${name} is missing`);
  }
  for (const [name, service] of Object.entries(services)) {
    const oneShot = service.restart === 'no';
    if (!oneShot && !service.healthcheck?.test) problem('docker-compose.yml', `${name} has no health check`);
    for (const [dependency, spec] of Object.entries(service.depends_on ?? {})) {
      const expected = services[dependency]?.restart === 'no' ? 'service_completed_successfully' : 'service_healthy';
      if (spec?.condition !== expected) problem('docker-compose.yml', `${name} should wait for ${dependency} with condition ${expected}`);
    }
  }
  for (const module of deployables) {
    const build = services[module]?.build;
    if (build && build.args?.MODULE !== module) problem('docker-compose.yml', `${module} is built with MODULE=${build.args?.MODULE}`);
    if (services[module] && !services[module].environment?.OTEL_SERVICE_NAME) problem('docker-compose.yml', `${module} sets no OTEL_SERVICE_NAME`);
  }
  return names.length;
}

// Prometheus and the collector's Datadog receiver scrape every deployable.
function scrapeTargets(where, scrapeConfig) {
  const targets = (scrapeConfig?.static_configs ?? []).flatMap((c) => c.targets ?? []);
  sameSet(where, 'scrape targets', targets.map((t) => t.replace(/:\d+$/, '')), deployables);
}
const prometheus = parse(readFileSync(join(root, 'deploy/prometheus/prometheus.yml'), 'utf8'));
scrapeTargets('deploy/prometheus/prometheus.yml', prometheus.scrape_configs.find((c) => c.job_name === 'livedrop'));
const datadog = parse(readFileSync(join(root, 'deploy/otel/collector-datadog.yaml'), 'utf8'));
scrapeTargets('deploy/otel/collector-datadog.yaml', datadog.receivers['prometheus/livedrop'].config.scrape_configs[0]);

// Grafana: the dashboards parse, and use only provisioned data sources.
const datasources = parse(readFileSync(join(root, 'deploy/grafana/provisioning/datasources/datasources.yaml'), 'utf8'))
  .datasources.map((d) => d.uid);
for (const name of ['livedrop-red.json', 'livedrop-drops.json']) {
  const where = `deploy/grafana/dashboards/${name}`;
  const dashboard = JSON.parse(readFileSync(join(root, where), 'utf8'));
  for (const panel of dashboard.panels ?? []) {
    for (const uid of [panel.datasource?.uid, ...(panel.targets ?? []).map((t) => t.datasource?.uid)]) {
      if (uid && !datasources.includes(uid)) problem(where, `panel "${panel.title}" uses unknown data source ${uid}`);
    }
  }
}

// ------------------------------------------------------------------------------ Kubernetes

async function modelClass(apiVersion, kind) {
  // kubernetes-models/<group>/<version>, the core group as kubernetes-models/v1.
  const module = await import(`kubernetes-models/${apiVersion}`).catch(() => null);
  return module?.[kind];
}

function schemaErrors(Model, object) {
  try {
    new Model(object).validate();
    return [];
  } catch (error) {
    if (!error.errors) throw error;
    return error.errors;
  }
}

const pointer = (key) => `/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;

// The schemas allow fields they do not define. A field is known when giving it a value no schema
// accepts (a symbol) makes the validator complain about exactly that field.
function unknownFields(Model, object) {
  const unknown = [];
  const walk = (node, path) => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, `${path}/${index}`));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const key of Object.keys(node)) {
      const value = node[key];
      const fieldPath = path + pointer(key);
      node[key] = Symbol('probe');
      const known = schemaErrors(Model, object).some((e) => e.instancePath === fieldPath);
      node[key] = value;
      if (known) walk(value, fieldPath);
      else unknown.push(fieldPath);
    }
  };
  walk(object, '');
  // apiVersion and kind are the model's own.
  return unknown.filter((p) => p !== '/apiVersion' && p !== '/kind');
}

async function checkKubernetes(file) {
  const where = file.replace(/^.*\//, '');
  const objects = parseAllDocuments(readFileSync(file, 'utf8')).map((d) => d.toJS()).filter(Boolean);
  for (const object of objects) {
    const name = `${object.kind}/${object.metadata?.name}`;
    const Model = await modelClass(object.apiVersion, object.kind);
    if (!Model) {
      problem(where, `${name}: no schema for ${object.apiVersion} ${object.kind}`);
      continue;
    }
    for (const error of schemaErrors(Model, object)) problem(where, `${name}: ${error.instancePath || '/'} ${error.message}`);
    for (const path of unknownFields(Model, structuredClone(object))) problem(where, `${name}: ${path} is not a field of ${object.kind}`);
  }

  const named = (kind) => objects.filter((o) => o.kind === kind).map((o) => o.metadata.name);
  for (const kind of ['Deployment', 'Service', 'PodDisruptionBudget', 'HorizontalPodAutoscaler']) {
    sameSet(where, `${kind}s`, named(kind), deployables);
  }
  for (const deployment of objects.filter((o) => o.kind === 'Deployment')) {
    for (const container of deployment.spec.template.spec.containers) {
      const name = `Deployment/${deployment.metadata.name} container ${container.name}`;
      if (container.livenessProbe?.httpGet?.path !== '/actuator/health/liveness') problem(where, `${name}: liveness probe is not /actuator/health/liveness`);
      if (container.readinessProbe?.httpGet?.path !== '/actuator/health/readiness') problem(where, `${name}: readiness probe is not /actuator/health/readiness`);
      if (!container.resources?.requests?.memory || !container.resources?.limits?.memory) problem(where, `${name}: no memory request and limit`);
      if (container.securityContext?.allowPrivilegeEscalation !== false) problem(where, `${name}: privilege escalation not turned off`);
    }
  }
  for (const hpa of objects.filter((o) => o.kind === 'HorizontalPodAutoscaler')) {
    if (!named('Deployment').includes(hpa.spec.scaleTargetRef?.name)) problem(where, `HorizontalPodAutoscaler/${hpa.metadata.name} scales a Deployment that is not there`);
  }
  const backends = objects.filter((o) => o.kind === 'Ingress')
    .flatMap((i) => i.spec.rules.flatMap((r) => r.http.paths.map((p) => p.backend.service?.name)));
  if (backends.length === 0 || backends.some((b) => b !== 'gateway')) problem(where, 'the Ingress must send everything to the gateway, and only there');
  return objects.length;
}

// ------------------------------------------------------------------------------ run

for (const file of args.compose) console.log(`compose: ${checkCompose(file)} services checked`);
for (const file of args.k8s) console.log(`kubernetes: ${await checkKubernetes(file)} objects validated in ${file.replace(/^.*\//, '')}`);
if (problems.length) {
  console.error(`\n${problems.length} problem(s):`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log(`deployables checked: ${deployables.join(', ')}`);
