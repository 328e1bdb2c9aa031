/** The {@code train} command: the lecture's run on a digit pair, rendered and written as JSON. */
package io.github.mnistdl4j.app.train;
