/** The command-line app: parses commands, runs them through the library and renders results. */
package io.github.mnistdl4j.app;
