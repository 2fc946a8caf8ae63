#!/usr/bin/env bash
# Fails when brainmd(1) misses a command, sub-command or option that `brainmd ... --help`
# lists, so that the man page follows the program.
#   packaging/check-manpage.sh BRAINMD_BINARY MAN_PAGE_SOURCE
set -euo pipefail
brainmd=$1
page=$(sed 's/\\-/-/g' "$2")
missing=0

options_of() { # the --long options of one help text
  grep -oE '^ +(-[a-zA-Z], )?--[a-z][a-z0-9-]*' | grep -oE -- '--[a-z][a-z0-9-]*' || true
}
need() {
  if ! grep -qF -- "$1" <<<"$page"; then echo "brainmd.1 lacks: $2 $1"; missing=$((missing + 1)); fi
}

commands=$("$brainmd" --help | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF {print $1}' | sed -E 's/^([a-z-]+).*/\1/')
for option in $("$brainmd" --help | options_of); do need "$option" "global option"; done
checked=0
for command in $commands; do
  need "$command" "command"
  help=$("$brainmd" "$command" --help)
  # Sub-commands: "Usage: brainmd bench <run|list|report>", or named as 'export slices'.
  subs=$( (grep -oE "^Usage: brainmd $command <[a-z|-]+>" <<<"$help" | grep -oE '<.*>' |
             tr -d '<>' | tr '|' '\n'
           grep -oE "'$command [a-z-]+'" <<<"$help" | tr -d "'" | cut -d' ' -f2) | sort -u || true)
  for sub in ${subs:-""}; do
    words="$command${sub:+ $sub}"
    need "$words" "command"
    read -ra argv <<<"$words"
    for option in $("$brainmd" "${argv[@]}" --help | options_of); do
      need "$option" "option of '$words':"
      checked=$((checked + 1))
    done
  done
done
echo "check-manpage: $(wc -w <<<"$commands") commands, $checked options checked, $missing missing"
[ "$missing" -eq 0 ]
