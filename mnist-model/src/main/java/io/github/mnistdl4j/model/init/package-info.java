/** Initial weights of a 784-hidden-1 network, loaded from a JSON file in PyTorch's layout. */
package io.github.mnistdl4j.model.init;
