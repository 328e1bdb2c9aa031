package io.github.mnistdl4j.app.approx;

/**
 * Terminal column widths of text, so that tables line up when cells hold Korean: Hangul and other
 * East Asian wide or fullwidth characters take two columns in a monospaced terminal, combining
 * marks take none and everything else takes one.
 */
final class DisplayWidth {

  private DisplayWidth() {}

  /** Number of terminal columns {@code text} takes. */
  static int of(String text) {
    return text.codePoints().map(DisplayWidth::columns).sum();
  }

  /** {@code text} followed by spaces up to {@code width} columns. */
  static String padRight(String text, int width) {
    return text + " ".repeat(Math.max(0, width - of(text)));
  }

  /** Spaces up to {@code width} columns followed by {@code text}. */
  static String padLeft(String text, int width) {
    return " ".repeat(Math.max(0, width - of(text))) + text;
  }

  private static int columns(int codePoint) {
    int type = Character.getType(codePoint);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT) {
      return 0;
    }
    return isWide(codePoint) ? 2 : 1;
  }

  /** The wide and fullwidth ranges of Unicode's East Asian Width property that matter here. */
  private static boolean isWide(int codePoint) {
    return (codePoint >= 0x1100 && codePoint <= 0x115F)      // Hangul Jamo, leading consonants
        || (codePoint >= 0x2E80 && codePoint <= 0x303E)      // CJK radicals and punctuation
        || (codePoint >= 0x3041 && codePoint <= 0x33FF)      // kana, Hangul compatibility Jamo
        || (codePoint >= 0x3400 && codePoint <= 0x4DBF)      // CJK extension A
        || (codePoint >= 0x4E00 && codePoint <= 0x9FFF)      // CJK unified ideographs
        || (codePoint >= 0xA960 && codePoint <= 0xA97F)      // Hangul Jamo extended A
        || (codePoint >= 0xAC00 && codePoint <= 0xD7A3)      // Hangul syllables
        || (codePoint >= 0xF900 && codePoint <= 0xFAFF)      // CJK compatibility ideographs
        || (codePoint >= 0xFE30 && codePoint <= 0xFE4F)      // CJK compatibility forms
        || (codePoint >= 0xFF00 && codePoint <= 0xFF60)      // fullwidth forms
        || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6)      // fullwidth signs
        || (codePoint >= 0x20000 && codePoint <= 0x3FFFD);   // CJK extensions B and later
  }
}
