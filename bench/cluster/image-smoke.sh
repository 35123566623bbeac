#!/usr/bin/env bash
# The OCI image built without Docker (jib:buildTar) starts on an external PostgreSQL given by
# KHIEN_DB_URL: ImageSmokeBench unpacks its layers and runs its entry point with this machine's Java in
# place of the base image's. BASE=scratch (the default here) builds offline; BASE=eclipse-temurin:21-jre
# (the pom's default) needs the registry. Raw output in image-smoke-<time>.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
BASE=${BASE:-scratch}
OUT=${OUT:-bench/cluster/image-smoke-$(date -u +%Y-%m-%dT%H%M).txt}
{
  echo "# bench/cluster/image-smoke.sh $(date -u +%FT%TZ) base=$BASE"
  ./mvnw -B -o -DskipTests -Djib.from.image="$BASE" package jib:buildTar 2>&1 | grep -E "Built image|BUILD|ERROR" || true
  ls -l target/khien-image.tar
  ./mvnw -B -o -Dtest=ImageSmokeBench -Dsurefire.failIfNoSpecifiedTests=false test 2>&1 \
    | grep -E "image smoke|Tests run|FAIL|BUILD|ERROR" || true
} | tee "$OUT"
