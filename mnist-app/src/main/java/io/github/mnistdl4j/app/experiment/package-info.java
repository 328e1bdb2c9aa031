/** The {@code experiment} command: the lecture's named experiments, rendered and written as JSON. */
package io.github.mnistdl4j.app.experiment;
