#!/usr/bin/env bash
# Checks the deployment files without Docker (CI has no daemon): compose.yaml against the Compose
# schema (docker-compose config), deploy/Caddyfile with Caddy's own validator, and the Dockerfile's
# stages against what compose.yaml builds. Each validator is first shown a broken copy and must
# refuse it, so a validator that accepts anything cannot pass the check. Installs docker-compose and
# caddy with apt-get when they are missing (root, or sudo). Exit code: 0 when everything holds.
set -uo pipefail
cd "$(dirname "$0")/.."

status=0
fail() { echo "check-deploy: $1"; status=1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

apt_install() {
  local run=(apt-get)
  [ "$(id -u)" = 0 ] || run=(sudo apt-get)
  export DEBIAN_FRONTEND=noninteractive
  "${run[@]}" install -y --no-install-recommends "$@" >/dev/null 2>&1 ||
    { "${run[@]}" update >/dev/null 2>&1 && "${run[@]}" install -y --no-install-recommends "$@" >/dev/null 2>&1; }
}
for tool in docker-compose caddy; do
  command -v "$tool" >/dev/null || apt_install "$tool" || { echo "check-deploy: cannot install $tool with apt-get"; exit 1; }
done

# compose.yaml, with the example settings (every required variable must be in the example).
compose() { docker-compose --env-file deploy/compose.env.example -f "$1" config -q 2>&1; }
sed 's/^    restart: unless-stopped$/    restarts: unless-stopped/' compose.yaml >"$work/broken-compose.yaml"
if compose "$work/broken-compose.yaml" >/dev/null; then fail "docker-compose accepted a broken compose file"; fi
out="$(compose compose.yaml)" || fail "compose.yaml is invalid: $out"

# deploy/Caddyfile. Caddy keeps its state under $HOME: a throwaway one.
caddy_validate() { HOME="$work" XDG_DATA_HOME="$work" XDG_CONFIG_HOME="$work" DOMAIN=autoport.example.com \
  caddy validate --adapter caddyfile --config "$1" 2>&1; }
sed 's/lb_policy least_conn/lb_policy no_such_policy/' deploy/Caddyfile >"$work/Caddyfile.broken"
if caddy_validate "$work/Caddyfile.broken" >/dev/null; then fail "caddy accepted a broken Caddyfile"; fi
out="$(caddy_validate deploy/Caddyfile)" || fail "deploy/Caddyfile is invalid: $(echo "$out" | tail -1)"

# Dockerfile: every stage compose.yaml builds, and every stage a COPY --from names, exists.
stages="$(sed -n 's/^FROM .* AS \([a-z0-9_-]*\)$/\1/p' Dockerfile)"
for target in $(sed -n 's/.*target: \([a-z0-9_-]*\).*/\1/p' compose.yaml) $(sed -n 's/.*--from=\([a-z0-9_-]*\).*/\1/p' Dockerfile); do
  grep -qx "$target" <<<"$stages" || fail "Dockerfile has no stage \"$target\""
done
grep -q '^HEALTHCHECK .*' Dockerfile || fail "Dockerfile: the web image has no HEALTHCHECK"
[ "$(sed -n '/^FROM .* AS web$/,$p' Dockerfile | grep -c '^USER node$')" = 1 ] || fail "Dockerfile: the web image must run as node"

[ "$status" = 0 ] && echo "check-deploy: compose.yaml, deploy/Caddyfile and Dockerfile hold"
exit "$status"
