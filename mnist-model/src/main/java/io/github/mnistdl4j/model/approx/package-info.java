/** Fitting continuous functions with one hidden layer, to show the universal approximation theorem. */
package io.github.mnistdl4j.model.approx;
