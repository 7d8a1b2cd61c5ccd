#!/usr/bin/env bash
# One command: builds in Release, runs, prints the figures, leaves nothing running (loopback only).
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
dotnet run -c Release --project bench/Pages -- "$@"
