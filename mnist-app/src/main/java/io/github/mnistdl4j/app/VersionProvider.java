package io.github.mnistdl4j.app;

import picocli.CommandLine.IVersionProvider;

/** Reports the app's version from the jar manifest, and the Deeplearning4j version it uses. */
final class VersionProvider implements IVersionProvider {

  /** Deeplearning4j, ND4J and DataVec version, shared by all three. */
  static final String DL4J_VERSION = "1.0.0-M2.1";

  @Override
  public String[] getVersion() {
    String version = MnistApp.class.getPackage().getImplementationVersion();
    return new String[] {
        "mnist-dl4j " + (version == null ? "(development build)" : version),
        "Deeplearning4j " + DL4J_VERSION};
  }
}
