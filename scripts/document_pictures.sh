#!/usr/bin/env bash
# Draw the README's pictures of a generated warning letter and evidence bundle (first pages).
# Uses a throwaway copy of the demo; needs Debian's poppler-utils for pdftoppm.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SCHOOLGATE_DATA_DIR="$work" SCHOOLGATE_RELAX_TWO_FACTOR=1
py="$PWD/.venv/bin/python"
$py manage.py migrate --noinput -v 0
$py manage.py load_demo >/dev/null
$py manage.py shell --no-imports -c "
from schoolgate.cases.evidence import read_file
from schoolgate.cases.models import Letter
letter = Letter.objects.filter(case__school__slug='redscope', evidence__isnull=False).order_by('pk').first()
open('$work/letter.pdf', 'wb').write(read_file(letter.evidence.storage_name, letter.evidence.sha256))
print(letter.case.number)
" > "$work/case-number"
$py manage.py export_bundle --school redscope --case "$(cat "$work/case-number")" --output "$work/bundle.zip" >/dev/null
(cd "$work" && $py -m zipfile -e bundle.zip bundle)
pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$work/letter.pdf" docs/screenshots/letter
pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$work/bundle/bundle.pdf" docs/screenshots/bundle
echo "Wrote docs/screenshots/letter.png and docs/screenshots/bundle.png"
