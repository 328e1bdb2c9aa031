/** The {@code data} command and the shared options through which every command finds MNIST. */
package io.github.mnistdl4j.app.data;
