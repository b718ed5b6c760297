package dev.plancompliance.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The days a dated time frame allows: from {@code start} (absent when only an end is stated, as in
 * "trước ngày 30/6/2021") to {@code end}, the last compliant day, both inclusive.
 */
public final class Window {
  private final LocalDate start;
  private final LocalDate end;

  private Window(LocalDate start, LocalDate end) {
    this.start = start;
    this.end = Objects.requireNonNull(end, "end");
    if (start != null && end.isBefore(start)) {
      throw new IllegalArgumentException("window end " + end + " precedes its start " + start);
    }
  }

  public static Window between(LocalDate start, LocalDate end) {
    return new Window(Objects.requireNonNull(start, "start"), end);
  }

  public static Window until(LocalDate end) {
    return new Window(null, end);
  }

  public Optional<LocalDate> start() {
    return Optional.ofNullable(start);
  }

  /** The last compliant day. */
  public LocalDate end() {
    return end;
  }

  /** Whether the window has closed as of {@code date}: {@code date} is after its last compliant day. */
  public boolean isClosedOn(LocalDate date) {
    return date.isAfter(end);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Window w && Objects.equals(start, w.start) && end.equals(w.end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end);
  }

  @Override
  public String toString() {
    return (start == null ? "…" : start.toString()) + ".." + end;
  }
}
