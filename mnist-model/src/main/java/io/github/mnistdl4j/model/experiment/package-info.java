/** The lecture's experiments, each a method that returns a result record. */
package io.github.mnistdl4j.model.experiment;
