#!/usr/bin/env bash
# MedLocal backup: the database, DATA_DIR's key files, the audit anchor file and (optionally) the
# secrets folder, taken together, because they only make sense together: the audit chain is checked
# against the anchor file, question HMACs against the key file, TOTP secrets need their key.
#
# MedLocal must be stopped while it runs (both databases): the anchor file and the database must
# describe the same last event, or verify reports the restored trail as tampered with. Give
# --stop-command/--start-command and the script stops MedLocal, backs up, and starts it again
# (also on failure); a backup of a small database takes seconds.
#
# usage: medlocal-backup.sh --data-dir DIR --out DIR [options]
#   --data-dir DIR            MedLocal's DATA_DIR (embedded database in DIR/pglite, keys, anchors)
#   --out DIR                 where the backup folder medlocal-backup-<UTC time> is created
#   --database-url URL        PostgreSQL database (pg_dump); default: $DATABASE_URL
#   --database-url-file FILE  the same, read from a file (as DATABASE_URL_FILE)
#   --anchor-file FILE        AUDIT_ANCHOR_FILE when it is outside DATA_DIR
#   --secrets-dir DIR         the folder "npm run secrets" wrote (keys given as *_FILE)
#   --health-url URL          refuse while this answers (default http://127.0.0.1:6006/api/health)
#   --stop-command CMD        run before the backup (e.g. "systemctl stop medlocal")
#   --start-command CMD       run after it, also when it fails
# Output: medlocal-backup-<time>/ with manifest.json and SHA256SUMS (check with sha256sum -c).
set -euo pipefail
umask 077

die() { echo "medlocal-backup: $*" >&2; exit 1; }
data_dir='' out='' database_url="${DATABASE_URL:-}" anchor_file='' secrets_dir=''
health_url='http://127.0.0.1:6006/api/health' stop_command='' start_command=''
while [ $# -gt 0 ]; do
  case "$1" in
    --data-dir) data_dir="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --database-url) database_url="$2"; shift 2 ;;
    --database-url-file) database_url="$(cat "$2")" || die "cannot read $2"; shift 2 ;;
    --anchor-file) anchor_file="$2"; shift 2 ;;
    --secrets-dir) secrets_dir="$2"; shift 2 ;;
    --health-url) health_url="$2"; shift 2 ;;
    --stop-command) stop_command="$2"; shift 2 ;;
    --start-command) start_command="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
done
[ -n "$data_dir" ] || die "--data-dir is required"
[ -n "$out" ] || die "--out is required"
[ -d "$data_dir" ] || die "DATA_DIR $data_dir does not exist"
data_dir="$(cd "$data_dir" && pwd)"
if [ -z "$anchor_file" ] && [ -f "$data_dir/audit-anchors.jsonl" ]; then anchor_file="$data_dir/audit-anchors.jsonl"; fi

if [ -n "$stop_command" ]; then
  trap '[ -n "$start_command" ] && sh -c "$start_command"' EXIT
  sh -c "$stop_command" || die "stop command failed: $stop_command"
fi
if [ -n "$health_url" ] && curl -fsS -o /dev/null --max-time 3 "$health_url" 2>/dev/null; then
  die "MedLocal still answers at $health_url: stop it first (database and anchor file must describe the same last event)"
fi

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
target="$out/medlocal-backup-$stamp"
mkdir -p "$target"
work="$target.partial"
rm -rf "$work"; mkdir -p "$work"
files=()

if [ -n "$database_url" ]; then
  database_kind=postgresql
  command -v pg_dump >/dev/null || die "pg_dump not found (Debian: apt-get install postgresql-client)"
  pg_dump --format=custom --no-owner --no-privileges --dbname="$database_url" --file="$work/database.pgdump" \
    || die "pg_dump failed"
  files+=(database.pgdump)
  tar -C "$data_dir" --exclude=./pglite --exclude=./models -cf "$work/data-dir.tar" .
else
  database_kind=embedded
  [ -d "$data_dir/pglite" ] || die "no embedded database at $data_dir/pglite (set --database-url for PostgreSQL)"
  # A file copy is consistent only because MedLocal is stopped (checked above); models are not data.
  tar -C "$data_dir" --exclude=./models -cf "$work/data-dir.tar" .
fi
files+=(data-dir.tar)

anchor_inside=false
case "$anchor_file" in "$data_dir"/*) anchor_inside=true ;; esac
if [ -n "$anchor_file" ] && [ "$anchor_inside" = false ]; then
  [ -f "$anchor_file" ] || die "anchor file $anchor_file does not exist"
  cp -p "$anchor_file" "$work/audit-anchors.jsonl"
  files+=(audit-anchors.jsonl)
fi
if [ -n "$secrets_dir" ]; then
  [ -d "$secrets_dir" ] || die "secrets folder $secrets_dir does not exist"
  tar -C "$secrets_dir" -cf "$work/secrets.tar" .
  files+=(secrets.tar)
fi

(cd "$work" && sha256sum "${files[@]}" > SHA256SUMS)
{
  printf '{\n  "format": "medlocal-backup/1",\n  "createdAt": "%s",\n  "database": "%s",\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$database_kind"
  printf '  "dataDir": "%s",\n  "anchorFile": "%s",\n  "anchorInDataDir": %s,\n  "files": [\n' "$data_dir" "$anchor_file" "$anchor_inside"
  sep=''
  while read -r sum name; do
    printf '%s    { "name": "%s", "sha256": "%s", "bytes": %s }' "$sep" "$name" "$sum" "$(stat -c %s "$work/$name")"
    sep=$',\n'
  done < "$work/SHA256SUMS"
  printf '\n  ]\n}\n'
} > "$work/manifest.json"
(cd "$work" && sha256sum manifest.json >> SHA256SUMS)
rmdir "$target"
mv "$work" "$target"
chmod 700 "$target"
echo "$target"
