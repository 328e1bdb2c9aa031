/** Where the MNIST tree lives on disk and how it gets there: data home, import, download, verification. */
package io.github.mnistdl4j.data.store;
