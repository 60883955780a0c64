#!/usr/bin/env bash
# Installs, idempotently, the Debian packages the container tests need: a real builder (buildah), a real OCI
# registry (docker-registry), skopeo (copy and inspect images) and htpasswd (apache2-utils, registry auth).
# Without them the container tests skip loudly; with AGENTCORE_E2E_REQUIRED=1 (CI) they fail instead.
set -euo pipefail
packages=(buildah docker-registry skopeo apache2-utils)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# The commands the tests call (htpasswd -B makes the bcrypt entries the registry requires).
verify() {
  local absent=()
  for c in buildah docker-registry skopeo htpasswd; do command -v "$c" >/dev/null || absent+=("$c"); done
  if [ ${#absent[@]} -ne 0 ]; then
    echo "setup-e2e: installed, but not on PATH: ${absent[*]}" >&2
    exit 1
  fi
}
if [ ${#missing[@]} -eq 0 ]; then
  verify
  echo "setup-e2e: ${packages[*]} already installed"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "setup-e2e: missing ${missing[*]}; run as root: apt-get update && apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "setup-e2e: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
verify
echo "setup-e2e: installed ${missing[*]}"
