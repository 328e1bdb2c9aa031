/** Fits continuous functions with one hidden layer of growing width (universal approximation). */
package io.github.mnistdl4j.model.approx;
