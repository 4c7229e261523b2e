#!/usr/bin/env bash
# Usage: run.sh HOME_DIR HTTP_PORT TRANSPORT_PORT   (needs $JAVA_HOME pointing at a JDK >= 21)
# Starts a single-node Elasticsearch in the foreground; stop it with SIGTERM.
set -euo pipefail

if [ $# -ne 3 ]; then
  echo "usage: $0 HOME_DIR HTTP_PORT TRANSPORT_PORT" >&2
  exit 2
fi
: "${JAVA_HOME:?set JAVA_HOME to a JDK >= 21}"

here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/livedrop-es-node-0.1.0-SNAPSHOT.jar"
cp_file="$here/target/classpath.txt"

# Rebuild only when the jar is missing or older than the pom or any source/resource.
if [ ! -f "$jar" ] || [ ! -f "$cp_file" ] || [ -n "$(find "$here/pom.xml" "$here/src" -newer "$jar" -print -quit)" ]; then
  mvn -q -B -f "$here/pom.xml" package dependency:build-classpath \
    -Dmdep.outputFile="$cp_file" -DskipTests >&2
  touch "$jar"
fi

mkdir -p "$1"

# ES loads libzstd from its distribution's lib/platform dir, absent here; the distro's libzstd.so.1
# is ABI-compatible. Without it ES logs a stack trace and disables all native access (mlock, zstd codec).
native_flags=()
for lib in /usr/lib/x86_64-linux-gnu/libzstd.so.1 /usr/lib/aarch64-linux-gnu/libzstd.so.1 /usr/lib64/libzstd.so.1; do
  if [ -e "$lib" ]; then
    mkdir -p "$here/target/native"
    ln -sf "$lib" "$here/target/native/libzstd.so"
    # ES's own SIMD vector library is not published to Maven Central either.
    native_flags=(-Des.nativelibs.path="$here/target/native" -Dorg.elasticsearch.nativeaccess.enableVectorLibrary=false)
    break
  fi
done

# Flags mirror what the ES launcher would set (it is bypassed here):
#  - native access for ES's and Lucene's Panama bindings (silences JDK 22+ warnings);
#  - Netty without sun.misc.Unsafe, as ES runs it;
#  - no Log4j shutdown hook, so the node can still log while our hook closes it.
exec "$JAVA_HOME/bin/java" -Xms256m -Xmx512m -Xss1m \
  --enable-native-access=ALL-UNNAMED \
  -Dfile.encoding=UTF-8 -Djava.awt.headless=true -Djava.locale.providers=CLDR \
  -Dio.netty.noUnsafe=true -Dio.netty.noKeySetOptimization=true -Dio.netty.recycler.maxCapacityPerThread=0 \
  -Dlog4j.shutdownHookEnabled=false -Dlog4j2.disable.jmx=true \
  "${native_flags[@]}" \
  -cp "$jar:$(cat "$cp_file")" \
  org.elasticsearch.node.LiveDropNode "$1" "$2" "$3"
