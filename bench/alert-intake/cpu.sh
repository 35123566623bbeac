#!/usr/bin/env bash
# CPU seconds used so far (user + system) by the JVM whose pid is $1 and by all PostgreSQL processes,
# printed as "jvm postgres"; run.sh takes the difference over a phase to show where the two cores went.
set -euo pipefail
hz=$(getconf CLK_TCK)
jvm=$(awk '{print $14 + $15}' "/proc/$1/stat")
pids=$(pgrep -x postgres | tr '\n' ' ')
pg=0
for pid in $pids; do
  read -r utime stime cutime cstime ppid < <(awk '{print $14, $15, $16, $17, $4}' "/proc/$pid/stat")
  pg=$((pg + utime + stime))
  # the postmaster (its parent is not a postgres process) also holds the time of backends that exited
  case " $pids " in *" $ppid "*) ;; *) pg=$((pg + cutime + cstime)) ;; esac
done
echo "$(echo "scale=2; $jvm / $hz" | bc) $(echo "scale=2; $pg / $hz" | bc)"
