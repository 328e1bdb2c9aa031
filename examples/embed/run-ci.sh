#!/usr/bin/env bash
# Builds and tests the embedding example the way a developer would use mnist-dl4j. It installs the
# main build into the local Maven repository and trains a small model with the app. Then it builds
# the example project against the installed mnist-model artifact and tests it with that model and
# MNIST's real testing images.
#
# Needs the MNIST tree in the data home ($MNIST_HOME, else ~/.mnist-dl4j/data), as .ci/run
# prepares it. To keep the install out of ~/.m2, run it with
# MAVEN_OPTS=-Dmaven.repo.local=/some/other/repository.
set -euo pipefail

example="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$(cd "$example/../.." && pwd)"
home="${MNIST_HOME:-$HOME/.mnist-dl4j/data}"
tree="$home/mnist_png"
epochs="${EMBED_EPOCHS:-20}"

if [ ! -d "$tree/training" ] || [ ! -d "$tree/testing" ]; then
  echo "error: no MNIST tree at $tree; import it with \"./mnist-dl4j data import mnist_png.tgz\"" >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "== install the main build (mnist-data, mnist-model, mnist-app)"
mvn -B -q -f "$project/pom.xml" install -DskipTests

echo "== train a $epochs-epoch 3-vs-7 model with the app"
java -jar "$project/mnist-app/target/mnist-app.jar" train --data "$tree" --offline \
  --epochs "$epochs" --save-model "$work/model.zip"

echo "== build and test the example against the installed artifact"
# The example's own .mvn/maven.config applies only when Maven starts in its folder.
cd "$example"
mvn -B verify -Dmnist.model="$work/model.zip" -Dmnist.images="$tree/testing"
