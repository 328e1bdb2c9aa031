/** Binary cross-entropy losses for a sigmoid output: DL4J's, PyTorch's and the textbook's. */
package io.github.mnistdl4j.model.loss;
