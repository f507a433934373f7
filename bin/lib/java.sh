# Sourced by bin/coverage-bot and bin/test: finds a JDK 21+ and sets JAVA_HOME, JAVA and JAVA_MAJOR.
# Order: $JAVA_HOME, then `java` on PATH, then the usual system JDK folders (newest first).
# The default `java` on many machines is 17, which is too old, so we look further before giving up.

coverage_bot_java_major() { # prints the feature version of the java binary $1, or nothing
  # The JDK's `release` file answers without starting a JVM (saves ~150 ms per launch).
  local release v
  release="$(dirname "$(dirname "$1")")/release"
  if [ -f "$release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$release" | head -n 1)
    if [ -n "$v" ]; then
      # "1.8.0" style versions report 1: that is Java 8, which is too old anyway
      echo "$v"
      return
    fi
  fi
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

coverage_bot_find_java() {
  local candidates=() c major home
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  c=$(command -v java 2>/dev/null) && candidates+=("$(readlink -f "$c")")
  # COVERAGE_BOT_JDK_DIRS replaces the usual folders (the launcher's own tests use it).
  local dirs="${COVERAGE_BOT_JDK_DIRS:-/usr/lib/jvm/*/ /usr/local/lib/jvm/*/ /opt/java/*/ /opt/jdk*/ /Library/Java/JavaVirtualMachines/*/Contents/Home/}"
  # shellcheck disable=SC2086 # the globs are meant to expand
  for home in $(ls -d $dirs 2>/dev/null | sort -Vr); do
    candidates+=("${home%/}/bin/java")
  done
  for c in "${candidates[@]}"; do
    [ -x "$c" ] || continue
    major=$(coverage_bot_java_major "$c")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      JAVA="$c"
      JAVA_MAJOR="$major" # the launcher picks its start-up cache by it
      JAVA_HOME=$(cd "$(dirname "$c")/.." && pwd)
      export JAVA_HOME
      return 0
    fi
  done
  cat >&2 <<'MSG'
coverage-bot needs Java 21 or newer, and none was found
(looked at $JAVA_HOME, `java` on PATH, /usr/lib/jvm, /usr/local/lib/jvm, /opt).
Install a JDK 21+, for example:
  Debian/Ubuntu:  sudo apt-get install openjdk-21-jdk   (or temurin-21-jdk from Adoptium)
  macOS:          brew install openjdk@21
then run this command again, or point JAVA_HOME at it.
MSG
  return 1
}
