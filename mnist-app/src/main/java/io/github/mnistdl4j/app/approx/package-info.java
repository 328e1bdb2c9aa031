/** The {@code approximate} command: fits one hidden layer of growing width and shows the errors. */
package io.github.mnistdl4j.app.approx;
