#!/bin/sh
# PostgreSQL of the compose install (the `database` stage of deploy/container/Containerfile), so the offline
# bundle needs no registry. It reads the variables of the official postgres image that compose.yaml sets, so
# either image works there: POSTGRES_USER (default postgres), POSTGRES_DB (default: the user's name),
# POSTGRES_PASSWORD_FILE (required on first start) and PGDATA (default /var/lib/postgresql/data).
# Starts as root only to take over the data folder and read the password file (npm run secrets writes it 0600
# for another uid), then runs everything as the postgres user. First start: initdb with that superuser and
# password, SCRAM-SHA-256 for every network connection, trust only on the container's own socket (the health
# check); later starts run the cluster that is there.
set -eu

: "${PGDATA:=/var/lib/postgresql/data}"
export PGDATA
user=${POSTGRES_USER:-postgres}
database=${POSTGRES_DB:-$user}
first_start=
[ -s "$PGDATA/PG_VERSION" ] || first_start=yes

if [ "$(id -u)" = 0 ]; then
  install -d -o postgres -g postgres -m 0700 "$PGDATA"
  chown postgres:postgres "$PGDATA"
  chmod 0700 "$PGDATA"
  install -d -o postgres -g postgres -m 2775 /run/postgresql
  if [ -n "$first_start" ]; then
    if [ -z "${POSTGRES_PASSWORD_FILE:-}" ] || [ ! -s "$POSTGRES_PASSWORD_FILE" ]; then
      echo "medlocal-postgres: POSTGRES_PASSWORD_FILE must name a non-empty file holding the database password (first start)" >&2
      exit 1
    fi
    # A copy only the postgres user reads, for initdb, removed once the cluster exists.
    umask 077
    head -n 1 "$POSTGRES_PASSWORD_FILE" >/run/postgresql/.initdb-password
    chown postgres:postgres /run/postgresql/.initdb-password
    export MEDLOCAL_INITDB_PASSWORD_FILE=/run/postgresql/.initdb-password
  fi
  exec setpriv --reuid=postgres --regid=postgres --init-groups "$0" "$@"
fi

if [ -n "$first_start" ]; then
  password_file=${MEDLOCAL_INITDB_PASSWORD_FILE:-${POSTGRES_PASSWORD_FILE:-}}
  if [ -z "$password_file" ] || [ ! -s "$password_file" ]; then
    echo "medlocal-postgres: POSTGRES_PASSWORD_FILE must name a non-empty file holding the database password (first start)" >&2
    exit 1
  fi
  case "$user$database" in
    *\"*) echo "medlocal-postgres: POSTGRES_USER and POSTGRES_DB must not contain a double quote" >&2; exit 1 ;;
  esac
  # initdb reads the first line of the file: the password as written by npm run secrets, newline or not.
  initdb --pgdata="$PGDATA" --username="$user" --pwfile="$password_file" \
    --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  [ -z "${MEDLOCAL_INITDB_PASSWORD_FILE:-}" ] || rm -f "$MEDLOCAL_INITDB_PASSWORD_FILE"
  # Every address of the container's (internal) network, by password only.
  printf 'host all all all scram-sha-256\n' >>"$PGDATA/pg_hba.conf"
  if [ "$database" != postgres ]; then
    # Single-user mode runs as the cluster's bootstrap superuser: no server, no socket open yet.
    printf 'CREATE DATABASE "%s" OWNER "%s";\n' "$database" "$user" | postgres --single -D "$PGDATA" postgres >/dev/null
  fi
  echo "medlocal-postgres: cluster created in $PGDATA (superuser $user, database $database)"
fi

exec postgres -D "$PGDATA" -c listen_addresses='*' "$@"
