#!/usr/bin/env bash
# Builds the class-data-sharing archive of an Eventscope app image (lib/app/eventscope.jsa),
# which its launcher maps at start (-XX:SharedArchiveFile in lib/app/eventscope.cfg) so the
# JVM does not have to load, verify and link those classes again: start-up to the first frame
# drops by about a third (docs/benchmarks.md).
#
# It runs the window once, headless, with the image's own runtime and class path
# (org.eventscope.FirstFrame), lists the classes that start-up loads, dumps them into the
# archive, and then checks that the image starts with the archive mapped.
#
# Usage: class-data-archive.sh IMAGE_DIR
set -euo pipefail

image=$(cd "$1" && pwd)
app=$image/lib/app
java=$image/lib/runtime/bin/java
archive=$app/eventscope.jsa
headless=(-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw)
# The class path exactly as the launcher builds it: the archive is only used with the same one.
cp=$(sed -n 's/^app\.classpath=//p' "$app/eventscope.cfg" | sed "s|\$APPDIR|$app|g" | paste -sd: -)

list=$(mktemp)
log=$(mktemp)
trap 'rm -f "$list" "$log"' EXIT

rm -f "$archive"
"$java" -Xshare:off -XX:DumpLoadedClassList="$list" "${headless[@]}" -cp "$cp" org.eventscope.FirstFrame >"$log"
if ! "$java" -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$archive" -cp "$cp" >"$log" 2>&1; then
    cat "$log" >&2
    echo "class-data-archive: the archive could not be written" >&2
    exit 1
fi
# -Xshare:on fails instead of starting without the archive.
ms=$("$java" -Xshare:on -XX:SharedArchiveFile="$archive" "${headless[@]}" -cp "$cp" org.eventscope.FirstFrame | grep -E "^[0-9]+$" | tail -n 1)
echo "class-data-archive: $(grep -c . "$list") classes listed, $(du -k "$archive" | cut -f1) KB;" \
    "first frame with the archive after $ms ms"
