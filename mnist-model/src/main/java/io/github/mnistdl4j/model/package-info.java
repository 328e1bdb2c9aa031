/** Building, training, evaluating and inspecting the 784-hidden-1 binary classifier. */
package io.github.mnistdl4j.model;
