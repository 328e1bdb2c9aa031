/** The {@code bench} command: times loading and training of the lecture network as one JSON line. */
package io.github.mnistdl4j.app.bench;
