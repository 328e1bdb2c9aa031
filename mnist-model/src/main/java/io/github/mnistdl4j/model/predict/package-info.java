/** Saving a trained classifier to one model file, loading it and predicting digits of images. */
package io.github.mnistdl4j.model.predict;
