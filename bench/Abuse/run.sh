#!/usr/bin/env bash
# One command: builds in Release, runs, prints the figures, leaves nothing running (loopback only).
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet run -c Release --project bench/Abuse -- "$@"
