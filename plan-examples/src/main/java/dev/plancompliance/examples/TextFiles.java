package dev.plancompliance.examples;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reading a text file a command was pointed at (a report to diff, a plan's source text): a regular file,
 * within a size, strict UTF-8. What is wrong is said in words the caller puts after the file's name.
 */
final class TextFiles {
  private TextFiles() {}

  /** Why a file is no text to read: "a folder", "not UTF-8 text (an invalid byte at offset 2)". */
  static final class Unreadable extends Exception {
    Unreadable(String why) {
      super(why, null, false, false);
    }
  }

  /**
   * The text of {@code file}.
   *
   * @param options {@link LinkOption#NOFOLLOW_LINKS} to refuse a link as not a regular file
   * @throws NoSuchFileException when there is no such file
   * @throws Unreadable when it is a folder, not a regular file, over {@code maxBytes}, or not UTF-8
   */
  static String read(Path file, long maxBytes, LinkOption... options) throws IOException, Unreadable {
    if (Files.isDirectory(file, options)) {
      throw new Unreadable("a folder");
    }
    if (!Files.exists(file, options)) {
      throw new NoSuchFileException(file.toString());
    }
    if (!Files.isRegularFile(file, options)) {
      throw new Unreadable("not a regular file (a device, a pipe or a link)");
    }
    long size = Files.size(file);
    if (size > maxBytes) {
      throw new Unreadable(size + " bytes, more than the " + maxBytes + " allowed");
    }
    byte[] bytes = Files.readAllBytes(file);
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
    try {
      return utf8.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      ByteBuffer in = ByteBuffer.wrap(bytes);
      utf8.reset().decode(in, CharBuffer.allocate(bytes.length), true);
      throw new Unreadable("not UTF-8 text (an invalid byte at offset " + in.position() + ")");
    }
  }
}
