package io.github.mnistdl4j.app;

import io.github.mnistdl4j.data.Localizable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception that escapes a command into one line on standard error and an exit code.
 * The stack trace is printed only with {@code --verbose}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ErrorHandler.class);
  private static final Text TEXT = new Text("app");

  private final boolean verbose;

  ErrorHandler(boolean verbose) {
    this.verbose = verbose;
  }

  @Override
  public int handleExecutionException(Exception exception, CommandLine commandLine,
      ParseResult parseResult) {
    log.debug("Command failed", exception);
    commandLine.getErr().println(TEXT.get("error.prefix", describe(exception)));
    if (verbose) {
      exception.printStackTrace(commandLine.getErr());
    }
    commandLine.getErr().flush();
    return exception instanceof IllegalArgumentException && !(exception instanceof Localizable)
        ? ExitCodes.USAGE : ExitCodes.FAILURE;
  }

  /**
   * Prints an invalid command line as one line and a hint to use {@code --help}, instead of
   * picocli's default of the whole usage text.
   */
  static int handleParameterException(CommandLine.ParameterException exception, String[] args) {
    CommandLine commandLine = exception.getCommandLine();
    commandLine.getErr().println(TEXT.get("error.prefix", describeParameterError(exception)));
    commandLine.getErr().println(TEXT.get("error.usageHint",
        commandLine.getCommandSpec().qualifiedName()));
    commandLine.getErr().flush();
    return ExitCodes.USAGE;
  }

  /**
   * Rewrites picocli's own English parse errors in the user's language for the common cases: an
   * invalid value (whose reason a converter already wrote in that language), an unknown argument
   * and a missing one. Other cases keep picocli's message.
   */
  static String describeParameterError(CommandLine.ParameterException exception) {
    String argument = exception.getArgSpec() == null ? ""
        : exception.getArgSpec().isOption()
            ? ((CommandLine.Model.OptionSpec) exception.getArgSpec()).longestName()
            : exception.getArgSpec().paramLabel();
    if (exception.getCause() instanceof CommandLine.TypeConversionException conversion) {
      return TEXT.get("error.invalidValue", argument, conversion.getMessage());
    }
    if (exception instanceof CommandLine.UnmatchedArgumentException unmatched) {
      return TEXT.get("error.unknownArgument", String.join(" ", unmatched.getUnmatched()));
    }
    if (exception instanceof CommandLine.MissingParameterException missing) {
      return TEXT.get("error.missingArgument", missing.getMissing().stream()
          .map(spec -> spec.isOption() ? ((CommandLine.Model.OptionSpec) spec).longestName()
              : spec.paramLabel())
          .collect(java.util.stream.Collectors.joining(", ")));
    }
    return exception.getMessage();
  }

  /** Describes what failed in one line, in the user's language where the message has a key. */
  static String describe(Throwable exception) {
    if (exception instanceof Localizable localizable) {
      return localizable.localizedMessage(Locale.getDefault());
    }
    if (exception instanceof UncheckedIOException || exception instanceof IOException) {
      Throwable cause = exception instanceof UncheckedIOException ? exception.getCause() : exception;
      return TEXT.get("error.io", exception.getMessage(), String.valueOf(cause));
    }
    if (exception instanceof IllegalArgumentException) {
      return exception.getMessage();
    }
    return TEXT.get("error.unexpected", exception.getClass().getName(),
        String.valueOf(exception.getMessage()));
  }
}
