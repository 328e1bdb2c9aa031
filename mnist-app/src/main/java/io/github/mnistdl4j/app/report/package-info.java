/** Charts as PNG files and the HTML report of a run, rendered headless from plain arrays. */
package io.github.mnistdl4j.app.report;
