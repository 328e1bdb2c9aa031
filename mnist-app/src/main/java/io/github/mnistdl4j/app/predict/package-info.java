/** The {@code predict} command: classifies PNG images with a saved model file. */
package io.github.mnistdl4j.app.predict;
