#!/bin/sh
# Bring the Chinese catalog up to date with the messages in the code, then compile it.
#   tools/catalog.sh                 extract, merge into govfacts.po, compile govfacts.mo
#   tools/catalog.sh more.po ...     the same, taking new messages' translations from more.po
# New messages arrive in govfacts.po untranslated (msgstr ""): translate them, run again,
# and commit both files. Needs GNU gettext (xgettext, msgmerge, msgfmt: apt install gettext).
set -eu
cd "$(dirname "$0")/.."
dir=src/govfacts/locale/zh/LC_MESSAGES
pot=$(mktemp --suffix=.pot)
trap 'rm -f "$pot"' EXIT
git ls-files 'src/govfacts/*.py' | sort | xargs xgettext --language=Python --from-code=UTF-8 \
    --keyword=_ --keyword=N_ --keyword=n_:1,2 --no-location --sort-output --package-name=govfacts -o "$pot"
if [ ! -f "$dir/govfacts.po" ]; then
    printf '%s\n' 'msgid ""' 'msgstr ""' '"Project-Id-Version: govfacts\n"' '"Language: zh\n"' \
        '"MIME-Version: 1.0\n"' '"Content-Type: text/plain; charset=UTF-8\n"' \
        '"Content-Transfer-Encoding: 8bit\n"' '"Plural-Forms: nplurals=1; plural=0;\n"' > "$dir/govfacts.po"
fi
set -- $(for f in "$@"; do printf -- '--compendium=%s ' "$f"; done)
msgmerge --quiet --update --no-fuzzy-matching --backup=none --sort-output --no-location "$@" "$dir/govfacts.po" "$pot"
msgattrib --no-obsolete --output-file="$dir/govfacts.po" "$dir/govfacts.po"
sed -i "/^\"POT-Creation-Date/d" "$dir/govfacts.po"  # a date in every run would be a change in every run
msgfmt --check --output-file="$dir/govfacts.mo" "$dir/govfacts.po"
echo "$dir/govfacts.po: $(msgattrib --untranslated "$dir/govfacts.po" | grep -c '^msgid ' || true) untranslated entries (header included)"
