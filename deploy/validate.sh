#!/usr/bin/env bash
# Checks the deployment files offline, with no Docker engine and no cluster:
#   1. docker-compose.yml (and the Datadog override) with Debian's docker-compose 1.29 `config`;
#   2. each Kubernetes overlay rendered by `kubectl kustomize`;
#   3. deploy/validate/check.mjs: every rendered Kubernetes object against the API schemas (unknown
#      fields included), and the compose, Prometheus, collector and Kubernetes lists of services
#      against the Maven modules.
# Installs what is missing (docker-compose and kubectl from Debian packages, the validator's npm
# packages from its lockfile). Exits non-zero on the first failing step, naming the problem.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

say()  { printf '\033[1m==>\033[0m %s\n' "$*"; }
fail() { printf 'validate: %s\n' "$*" >&2; exit 1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=0
apt_install() {
  say "installing $* (apt-get)"
  if [ $apt_updated = 0 ]; then as_root apt-get update -qq >/dev/null; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# ---------------------------------------------------------------------------- tools

# Debian's docker-compose (1.29, Python) renders and checks a file without an engine.
command -v docker-compose >/dev/null || apt_install docker-compose

if ! command -v kubectl >/dev/null; then
  # Debian's kubernetes-client is old (kubectl 1.20, kustomize v2): the check below says so if it
  # cannot render these overlays.
  apt_install kubernetes-client
fi
kustomize_version=$(kubectl version --client 2>/dev/null | sed -n 's/^Kustomize Version: v\([0-9]*\).*/\1/p')
if [ -z "$kustomize_version" ] || [ "$kustomize_version" -lt 5 ]; then
  fail "kubectl $(command -v kubectl) embeds kustomize ${kustomize_version:-of unknown version}; the overlays need kustomize v5 (kubectl 1.27 or newer)"
fi

command -v node >/dev/null || apt_install nodejs npm
VALIDATOR="$ROOT/deploy/validate"
if [ ! -d "$VALIDATOR/node_modules" ] || [ "$VALIDATOR/package-lock.json" -nt "$VALIDATOR/node_modules/.package-lock.json" ]; then
  say "installing the validator's npm packages (npm ci)"
  (cd "$VALIDATOR" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

# ---------------------------------------------------------------------------- docker compose

say "docker-compose.yml: docker-compose $(docker-compose version --short) config"
docker-compose -f docker-compose.yml config -q
docker-compose -f docker-compose.yml config > "$WORK/compose.yml"
# The override needs a key to render; any value does for a syntax check.
DD_API_KEY=validation-only docker-compose -f docker-compose.yml -f deploy/otel/compose.datadog.yml config -q

# ---------------------------------------------------------------------------- Kubernetes

rendered=()
for overlay in deploy/k8s/overlays/*/; do
  name=$(basename "$overlay")
  say "deploy/k8s/overlays/$name: kubectl kustomize"
  kubectl kustomize "$overlay" > "$WORK/k8s-$name.yaml"
  rendered+=("$WORK/k8s-$name.yaml")
done
[ ${#rendered[@]} -gt 0 ] || fail "no overlay under deploy/k8s/overlays"

# ---------------------------------------------------------------------------- schemas and consistency

say "schemas and service lists (deploy/validate/check.mjs)"
node "$VALIDATOR/check.mjs" --compose "$WORK/compose.yml" --k8s "${rendered[@]}"
say "deployment files are valid"
