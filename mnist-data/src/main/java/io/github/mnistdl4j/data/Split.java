package io.github.mnistdl4j.data;

/** The two splits of the MNIST PNG tree, each a folder under the root. */
public enum Split {
  TRAINING("training"),
  TESTING("testing");

  private final String folderName;

  Split(String folderName) {
    this.folderName = folderName;
  }

  /** Name of the split's folder under the tree root. */
  public String folderName() {
    return folderName;
  }
}
