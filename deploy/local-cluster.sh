#!/usr/bin/env bash
# Two CMS nodes behind nginx on this machine, for trying the scale-out setup (loopback only):
#   PostgreSQL 127.0.0.1:5332, Redis 127.0.0.1:5379, node A 127.0.0.1:5301, node B 127.0.0.1:5302, nginx 127.0.0.1:5380.
#   bash deploy/local-cluster.sh start    builds the site (Release), starts everything, waits until both nodes are ready
#   bash deploy/local-cluster.sh status   health of each node
#   bash deploy/local-cluster.sh kill a   SIGKILLs node a (or b), as a crash would; `start` brings it back
#   bash deploy/local-cluster.sh stop     stops everything it started (state kept under $CMS_CLUSTER_STATE)
# Needs PostgreSQL 15 (/usr/lib/postgresql/15/bin), redis-server and nginx; run as root (PostgreSQL runs as the
# postgres user, as in .ci/postgres.sh). Environment: CMS_CLUSTER_STATE (default /tmp/cms-local-cluster),
# CMS_CONFIGURATION (Release), CMS_ADMIN_PASSWORD (the administrator's password on first start), CMS_CLUSTER_PORTS
# ("pg redis nodeA nodeB nginx [s3]", to move every port), CMS_CLUSTER_S3=1 (media and uploads waiting for
# confirmation in a local s3rver bucket instead of the shared directory; s3rver from npm in /opt/s3rver, as .ci/run
# installs it).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
state=${CMS_CLUSTER_STATE:-/tmp/cms-local-cluster}
configuration=${CMS_CONFIGURATION:-Release}
read -r pg_port redis_port node_a_port node_b_port nginx_port s3_port <<<"${CMS_CLUSTER_PORTS:-5332 5379 5301 5302 5380 5390}"
s3_port=${s3_port:-5390}
node_ports=("$node_a_port" "$node_b_port")
s3rver=/opt/s3rver/node_modules/.bin/s3rver
pg_conn="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=postgres;Database=cms"
nodes=(a b)

postgres() { CMS_PG_DATA="$state/pg" CMS_PG_PORT=$pg_port bash "$root/.ci/postgres.sh" "$1"; }

ready() { curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$1/health/ready"; }

start() {
  mkdir -p "$state/shared" "$state/nginx-media-cache"
  echo "building src/Cms.Web ($configuration)…"
  dotnet build -c "$configuration" -v q -nologo src/Cms.Web >"$state/build.log" 2>&1 || { tail -20 "$state/build.log"; exit 1; }
  local dll="$root/src/Cms.Web/bin/$configuration/net10.0/Cms.Web.dll"

  postgres start >/dev/null
  PGPASSWORD=postgres /usr/lib/postgresql/15/bin/psql -q -h 127.0.0.1 -p $pg_port -U postgres -d postgres -tc \
    "SELECT 1 FROM pg_database WHERE datname = 'cms'" | grep -q 1 \
    || PGPASSWORD=postgres /usr/lib/postgresql/15/bin/createdb -h 127.0.0.1 -p $pg_port -U postgres cms
  echo "PostgreSQL on 127.0.0.1:$pg_port (database cms)"

  if ! redis-cli -p $redis_port ping >/dev/null 2>&1; then
    redis-server --port $redis_port --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
      --pidfile "$state/redis.pid" --logfile "$state/redis.log"
  fi
  echo "Redis on 127.0.0.1:$redis_port"

  local media=(Cms__SharedDirectory="$state/shared")
  if [ "${CMS_CLUSTER_S3:-}" = 1 ]; then
    [ -x "$s3rver" ] || { echo "s3rver is not installed: npm install --prefix /opt/s3rver s3rver@3.7.1"; exit 1; }
    if ! [ -f "$state/s3rver.pid" ] || ! kill -0 "$(cat "$state/s3rver.pid")" 2>/dev/null; then
      mkdir -p "$state/s3"
      NODE_OPTIONS=--openssl-legacy-provider nohup "$s3rver" -d "$state/s3" -a 127.0.0.1 -p "$s3_port" --silent --configure-bucket cms-media \
        >"$state/s3rver.log" 2>&1 &
      echo $! >"$state/s3rver.pid"
      sleep 2
    fi
    media=(Cms__Media__Provider=S3 Cms__Media__S3__ServiceUrl="http://127.0.0.1:$s3_port" Cms__Media__S3__Bucket=cms-media
      Cms__Media__S3__AccessKey=S3RVER Cms__Media__S3__SecretKey=S3RVER Cms__Media__S3__PathStyle=true)
    echo "s3rver on 127.0.0.1:$s3_port (bucket cms-media)"
  fi

  # Both nodes start together: one runs the migrations and the setup recipe, the other waits for it.
  for i in 0 1; do
    local name=${nodes[$i]} port=${node_ports[$i]}
    if [ -f "$state/node-$name.pid" ] && kill -0 "$(cat "$state/node-$name.pid")" 2>/dev/null; then continue; fi
    mkdir -p "$state/node-$name"
    (
      cd "$root/src/Cms.Web"
      export ASPNETCORE_URLS="http://127.0.0.1:$port" \
        Cms__DataDirectory="$state/node-$name" "${media[@]}" \
        Cms__Database__Provider=Postgres ConnectionStrings__Cms="$pg_conn" ConnectionStrings__Redis="127.0.0.1:$redis_port" \
        Cms__ForwardedHeaders__KnownProxies=127.0.0.1 Cms__Admin__SecureCookies=false
      [ -n "${CMS_ADMIN_PASSWORD:-}" ] && export Cms__Admin__Password="$CMS_ADMIN_PASSWORD"
      nohup dotnet "$dll" >"$state/node-$name.log" 2>&1 &
      echo $! >"$state/node-$name.pid"
    )
  done
  for i in 0 1; do
    local name=${nodes[$i]} port=${node_ports[$i]}
    for _ in $(seq 1 180); do
      ready "$port" && break
      kill -0 "$(cat "$state/node-$name.pid")" 2>/dev/null || { echo "node $name exited:"; tail -20 "$state/node-$name.log"; exit 1; }
      sleep 1
    done
    ready "$port" || { echo "node $name not ready after 180 s (log: $state/node-$name.log)"; exit 1; }
    echo "node $name on http://127.0.0.1:$port (log: $state/node-$name.log)"
  done

  local user_line=""
  [ "$(id -u)" = 0 ] && user_line="user $(id -un) $(id -gn);"
  { echo "$user_line"; sed -e "s|__LISTEN__|127.0.0.1:$nginx_port|" -e "s|__NODE_A__|127.0.0.1:${node_ports[0]}|" \
      -e "s|__NODE_B__|127.0.0.1:${node_ports[1]}|" -e "s|__STATE__|$state|g" "$root/deploy/nginx.conf"; } >"$state/nginx.conf"
  if [ -f "$state/nginx.pid" ] && kill -0 "$(cat "$state/nginx.pid")" 2>/dev/null; then
    nginx -q -c "$state/nginx.conf" -p "$state" -s reload
  else
    nginx -q -c "$state/nginx.conf" -p "$state"
  fi
  echo "nginx on http://127.0.0.1:$nginx_port — the site; back office at /admin"
  grep -h "mot de passe\|password" "$state"/node-*.log 2>/dev/null | head -2 || true
}

stop() {
  if [ -f "$state/nginx.pid" ] && kill -0 "$(cat "$state/nginx.pid")" 2>/dev/null; then
    nginx -q -c "$state/nginx.conf" -p "$state" -s quit || true
  fi
  for name in "${nodes[@]}"; do
    local pidfile="$state/node-$name.pid"
    if [ -f "$pidfile" ]; then
      local pid; pid=$(cat "$pidfile")
      if kill -0 "$pid" 2>/dev/null; then
        kill "$pid"
        for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      fi
      rm -f "$pidfile"
    fi
  done
  if [ -f "$state/redis.pid" ]; then
    redis-cli -p $redis_port shutdown nosave >/dev/null 2>&1 || true
    rm -f "$state/redis.pid"
  fi
  if [ -f "$state/s3rver.pid" ]; then
    kill "$(cat "$state/s3rver.pid")" 2>/dev/null || true
    rm -f "$state/s3rver.pid"
  fi
  postgres stop
  echo "stopped (state kept in $state; delete it for a fresh start)"
}

status() {
  for i in 0 1; do
    local port=${node_ports[$i]}
    printf 'node %s :%s ' "${nodes[$i]}" "$port"
    curl -sS --max-time 2 "http://127.0.0.1:$port/health/ready" || printf 'down'
    echo
  done
}

crash() {
  local pidfile="$state/node-${1:-}.pid"
  [ -f "$pidfile" ] || { echo "usage: bash deploy/local-cluster.sh kill a|b (node not started)" >&2; exit 2; }
  kill -KILL "$(cat "$pidfile")" && rm -f "$pidfile"
  echo "node $1 killed (SIGKILL)"
}

case "${1:-}" in
  start) start ;;
  kill) crash "${2:-}" ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: bash deploy/local-cluster.sh start|status|kill a|b|stop" >&2; exit 2 ;;
esac
