#!/usr/bin/env bash
# MedLocal restore: puts a backup made by medlocal-backup.sh onto a clean machine or data folder.
# Checks every file against SHA256SUMS first, refuses a non-empty DATA_DIR or a PostgreSQL
# database that already has tables, then restores the database, DATA_DIR (keys, anchor file,
# journal), the anchor file and the secrets folder. Start MedLocal afterwards with the same
# configuration; migrations run forward on start, and GET /api/audit/verify (auditor) should say ok.
#
# usage: medlocal-restore.sh --from BACKUP_DIR --data-dir DIR [options]
#   --from DIR                a medlocal-backup-<time> folder
#   --data-dir DIR            the new DATA_DIR (must be empty or absent)
#   --database-url URL        an empty PostgreSQL database (default: $DATABASE_URL); the backup's kind must match
#   --database-url-file FILE  the same, read from a file
#   --anchor-file FILE        where AUDIT_ANCHOR_FILE points when it is outside DATA_DIR
#   --secrets-dir DIR         where to put the secrets folder (must be empty or absent)
#   --owner UID[:GID]         chown what is restored (run as root), e.g. the medlocal user or 10001
set -euo pipefail
umask 077

die() { echo "medlocal-restore: $*" >&2; exit 1; }
from='' data_dir='' database_url="${DATABASE_URL:-}" anchor_file='' secrets_dir='' owner=''
while [ $# -gt 0 ]; do
  case "$1" in
    --from) from="$2"; shift 2 ;;
    --data-dir) data_dir="$2"; shift 2 ;;
    --database-url) database_url="$2"; shift 2 ;;
    --database-url-file) database_url="$(cat "$2")" || die "cannot read $2"; shift 2 ;;
    --anchor-file) anchor_file="$2"; shift 2 ;;
    --secrets-dir) secrets_dir="$2"; shift 2 ;;
    --owner) owner="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
done
[ -n "$from" ] && [ -d "$from" ] || die "--from must be a backup folder"
[ -n "$data_dir" ] || die "--data-dir is required"
from="$(cd "$from" && pwd)"
[ -f "$from/SHA256SUMS" ] && [ -f "$from/manifest.json" ] || die "$from has no SHA256SUMS/manifest.json: not a MedLocal backup"
(cd "$from" && sha256sum --quiet --strict -c SHA256SUMS) || die "checksums do not match: the backup is damaged or was changed; nothing restored"
kind="$(sed -n 's/^  "database": "\(.*\)",$/\1/p' "$from/manifest.json")"
backup_anchor="$(sed -n 's/^  "anchorFile": "\(.*\)",$/\1/p' "$from/manifest.json")"

empty_or_absent() { [ ! -e "$1" ] || [ -z "$(ls -A "$1")" ]; }
empty_or_absent "$data_dir" || die "DATA_DIR $data_dir is not empty: restore only onto a clean data folder"
[ -z "$secrets_dir" ] || empty_or_absent "$secrets_dir" || die "secrets folder $secrets_dir is not empty"
if [ "$kind" = postgresql ]; then
  [ -n "$database_url" ] || die "this backup holds a PostgreSQL database: give --database-url of an empty database"
  command -v pg_restore >/dev/null || die "pg_restore not found (Debian: apt-get install postgresql-client)"
  tables="$(psql --dbname="$database_url" -tAc "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")" || die "cannot connect to the database"
  [ "$tables" = 0 ] || die "the database already has $tables tables: restore only into an empty database"
elif [ -n "$database_url" ]; then
  die "this backup holds the embedded database: leave --database-url and DATABASE_URL unset"
fi
if [ -f "$from/audit-anchors.jsonl" ]; then
  [ -n "$anchor_file" ] || die "the backup's anchor file lived outside DATA_DIR ($backup_anchor): give --anchor-file"
  [ ! -e "$anchor_file" ] || die "anchor file $anchor_file already exists"
fi

mkdir -p "$data_dir"; chmod 700 "$data_dir"
tar -C "$data_dir" -xpf "$from/data-dir.tar"
if [ "$kind" = postgresql ]; then
  pg_restore --exit-on-error --no-owner --no-privileges --dbname="$database_url" "$from/database.pgdump" || die "pg_restore failed"
fi
if [ -f "$from/audit-anchors.jsonl" ]; then
  mkdir -p "$(dirname "$anchor_file")"
  cp -p "$from/audit-anchors.jsonl" "$anchor_file"
  chmod 600 "$anchor_file"
fi
if [ -f "$from/secrets.tar" ] && [ -n "$secrets_dir" ]; then
  mkdir -p "$secrets_dir"; chmod 700 "$secrets_dir"
  tar -C "$secrets_dir" -xpf "$from/secrets.tar"
fi
if [ -n "$owner" ]; then
  chown -R "$owner" "$data_dir"
  [ -z "$anchor_file" ] || [ ! -e "$anchor_file" ] || chown "$owner" "$anchor_file"
  [ -z "$secrets_dir" ] || chown -R "$owner" "$secrets_dir"
fi
echo "Restored $kind backup $(basename "$from") into $data_dir${anchor_file:+ (anchor file $anchor_file)}${secrets_dir:+ (secrets $secrets_dir)}"
