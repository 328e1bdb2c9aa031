/** Finding, validating and reading the MNIST PNG tree for one pair of digits. */
package io.github.mnistdl4j.data;
