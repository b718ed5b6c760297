package dev.plancompliance.examples;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One plan-check run in-process: its exit code and what it printed on each stream. */
record CliRun(int code, String out, String err) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = PlanCheck.run(args, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(code, out.toString(), err.toString());
  }
}
