#!/bin/sh
# PostgreSQL of the compose install (the `database` stage of deploy/container/Containerfile), so the offline
# bundle needs no registry. It reads the variables of the official postgres image that compose.yaml sets:
# POSTGRES_USER (default postgres), POSTGRES_DB (default: the user's name), POSTGRES_PASSWORD_FILE (required
# on first start) and PGDATA (default /var/lib/postgresql/data/pgdata, a folder inside the volume).
#
# Unlike the official image, POSTGRES_USER is not a superuser (unless it is `postgres`): it owns POSTGRES_DB and
# nothing else, so whoever holds MedLocal's database password cannot run programs in this container
# (COPY ... FROM PROGRAM), read its files or switch off the audit trail's triggers. The superuser `postgres` has
# no password: it signs in only through this container's own socket (podman exec ... psql).
#
# Starts as root only to take over the data folder and read the password file (npm run secrets writes it 0600
# for another uid); everything else runs as the postgres user. The first start builds the cluster in a staging
# folder beside PGDATA and renames it into place when complete, so a start killed midway leaves no half-made
# cluster; the password goes to initdb on a pipe and is never copied to disk.
set -eu

: "${PGDATA:=/var/lib/postgresql/data/pgdata}"
export PGDATA
user=${POSTGRES_USER:-postgres}
database=${POSTGRES_DB:-$user}
say() { echo "medlocal-postgres: $*"; }
fail() { echo "medlocal-postgres: $*" >&2; exit 1; }
as_postgres() { setpriv --reuid=postgres --regid=postgres --init-groups "$@"; }

[ "$(id -u)" = 0 ] || fail "start the container as root (no --user): the entrypoint drops to the postgres user itself"
case "$user$database" in
  *\"* | *\'*) fail "POSTGRES_USER and POSTGRES_DB must not contain quotes" ;;
esac

data_root=$(dirname "$PGDATA")
install -d -o postgres -g postgres -m 0700 "$data_root"
install -d -o postgres -g postgres -m 2775 /run/postgresql

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  if [ -z "${POSTGRES_PASSWORD_FILE:-}" ] || [ ! -f "$POSTGRES_PASSWORD_FILE" ]; then
    fail "POSTGRES_PASSWORD_FILE must name a file holding the database password (first start)"
  fi
  if [ -e "$PGDATA" ] && [ -n "$(ls -A "$PGDATA" 2>/dev/null)" ]; then
    fail "$PGDATA holds files but no cluster (no PG_VERSION): refusing to write over them"
  fi
  # The first line, as npm run secrets writes it; only its trailing carriage return or newline is dropped.
  password=$(head -n 1 "$POSTGRES_PASSWORD_FILE" | tr -d '\r')
  [ "${#password}" -ge 16 ] || fail "the password in POSTGRES_PASSWORD_FILE is ${#password} characters long: at least 16 are needed (npm run secrets writes 64)"

  staging="$data_root/.initdb-staging"
  rm -rf "$staging"
  # Superuser `postgres` without a password; SCRAM-SHA-256 for every network connection, trust only on the socket.
  as_postgres initdb --pgdata="$staging" --username=postgres --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  printf 'host all all all scram-sha-256\n' >>"$staging/pg_hba.conf"
  escaped=$(printf '%s' "$password" | sed "s/'/''/g")
  # Single-user mode echoes a failed statement: only its ERROR/FATAL lines are shown, never the statement.
  created=$({
    if [ "$user" = postgres ]; then
      printf "ALTER ROLE postgres PASSWORD '%s';\n" "$escaped"
    else
      printf "CREATE ROLE \"%s\" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD '%s';\n" "$user" "$escaped"
    fi
    [ "$database" = postgres ] || printf 'CREATE DATABASE "%s" OWNER "%s";\n' "$database" "$user"
  } | as_postgres postgres --single -D "$staging" -c password_encryption=scram-sha-256 postgres 2>&1) || true
  unset password escaped
  if printf '%s\n' "$created" | grep -q -E '(ERROR|FATAL):'; then
    fail "creating the role and database failed: $(printf '%s\n' "$created" | grep -E '(ERROR|FATAL):' | head -n 3)"
  fi
  [ ! -d "$PGDATA" ] || rmdir "$PGDATA"
  mv "$staging" "$PGDATA"
  say "cluster created in $PGDATA (database $database owned by $user, superuser postgres on the local socket only)"
else
  say "existing cluster in $PGDATA: POSTGRES_PASSWORD_FILE is read on the first start only; to change the password, ALTER ROLE \"$user\" PASSWORD '…' (deploy/README.md)"
fi

exec setpriv --reuid=postgres --regid=postgres --init-groups postgres -D "$PGDATA" -c listen_addresses='*' "$@"
