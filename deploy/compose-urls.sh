#!/usr/bin/env bash
# Where each UI of the docker compose stack answers on this machine. Asks the running stack for the
# published ports, so it stays right when docker-compose.yml changes them.
#   deploy/compose-urls.sh        (from anywhere; extra arguments go to compose, e.g. -p NAME)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if docker compose version >/dev/null 2>&1; then
  compose=(docker compose "$@")
elif command -v docker-compose >/dev/null; then
  compose=(docker-compose "$@")
else
  echo "compose-urls: neither 'docker compose' nor 'docker-compose' is installed" >&2
  exit 1
fi

# service, port inside the container, what it is, path
uis=(
  "gateway 8080 LiveDrop API (gateway) /api/v1"
  "gateway 8080 Swagger UI, every service /swagger-ui.html"
  "grafana 3000 Grafana (dashboards in folder LiveDrop; admin/admin) /"
  "jaeger 16686 Jaeger (traces) /"
  "prometheus 9090 Prometheus /targets"
  "mailpit 8025 Mailpit (emails sent) /"
  "minio 9001 MinIO console (livedrop/livedrop-secret) /"
  "minio 9000 S3 endpoint for presigned URLs (host s3.localhost) /"
)

printf '%-62s %s\n' WHAT URL
for entry in "${uis[@]}"; do
  read -r service port rest <<<"$entry"
  label=${rest% *} path=${rest##* }
  address=$("${compose[@]}" port "$service" "$port" 2>/dev/null || true)
  if [ -z "$address" ]; then
    printf '%-62s %s\n' "$label" "(not running: docker compose up -d)"
    continue
  fi
  host=${address%:*} published=${address##*:}
  case $host in 0.0.0.0|127.0.0.1|"[::]"|::) host=localhost ;; esac
  [ "$service" = minio ] && [ "$port" = 9000 ] && host=s3.localhost
  printf '%-62s http://%s:%s%s\n' "$label" "$host" "$published" "$path"
done
