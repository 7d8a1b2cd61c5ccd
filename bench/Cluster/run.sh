#!/usr/bin/env bash
# bench/Cluster: two nodes behind nginx (deploy/local-cluster.sh, started here when not running) under wrk, while an
# editor publishes a new title every second through the back office; prints requests per second, errors and the
# worst publish-to-visible time on each node, and the same wrk load on one node directly (the anchor, same run).
#   CMS_ADMIN_PASSWORD=… bash bench/Cluster/run.sh [seconds]      (loopback only; leaves the cluster running)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}
password=${CMS_ADMIN_PASSWORD:?set CMS_ADMIN_PASSWORD (the cluster administrator password)}
page=${CMS_BENCH_PAGE:-/agenda}
for url in http://127.0.0.1:5380/ http://127.0.0.1:5301/health/ready http://127.0.0.1:5302/health/ready; do
  curl -fs -o /dev/null --max-time 2 "$url" || { bash deploy/local-cluster.sh start; break; }
done

summary() {  # wrk output -> "req/s errors"
  awk '/Requests\/sec/ {rps=$2} /Non-2xx/ {non2xx=$NF} /Socket errors/ {gsub(",", ""); sock=$4+$6+$8+$10}
       END {printf "%s req/s, errors: %d non-2xx/3xx, %d socket", rps, non2xx+0, sock+0}'
}

echo "== anchor: one node directly (http://127.0.0.1:5302$page), wrk -t2 -c16 -d${seconds}s, no publishing"
anchor=$(wrk -t2 -c16 -d"${seconds}s" "http://127.0.0.1:5302$page" | summary)
echo "$anchor"

echo "== two nodes behind nginx (http://127.0.0.1:5380$page), wrk -t2 -c16 -d${seconds}s, no publishing"
quiet=$(wrk -t2 -c16 -d"${seconds}s" "http://127.0.0.1:5380$page" | summary)
echo "$quiet"

echo "== two nodes behind nginx (http://127.0.0.1:5380$page), wrk -t2 -c16 -d${seconds}s, an editor publishing every second"
wrk -t2 -c16 -d"${seconds}s" "http://127.0.0.1:5380$page" >/tmp/cms-bench-cluster-wrk.txt &
wrk_pid=$!
python3 bench/Cluster/editor.py --password "$password" --seconds "$seconds"
wait $wrk_pid
cluster=$(summary </tmp/cms-bench-cluster-wrk.txt)
echo "$cluster"
a=$(echo "$anchor" | awk '{print $1}'); q=$(echo "$quiet" | awk '{print $1}'); c=$(echo "$cluster" | awk '{print $1}')
python3 -c "print(f'ratios to the anchor: behind nginx {float($q)/float($a):.2f}, behind nginx while publishing {float($c)/float($a):.2f} (load average: ' + open('/proc/loadavg').read().split()[0] + ')')"
