package dev.plancompliance.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A headless Chromium of the machine (Debian's {@code chromium}), driven over the DevTools protocol with the
 * JDK's own HTTP and WebSocket clients: no browser is downloaded and no driver library is needed. It
 * collects console errors and uncaught exceptions (a content-security-policy violation is one) as they come.
 */
final class Chromium implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(60);

  private final Process process;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<CompletableFuture<JsonNode>> awaited = new CopyOnWriteArrayList<>();
  private final List<Predicate<JsonNode>> awaitedFor = new CopyOnWriteArrayList<>();
  /** Console errors, uncaught exceptions and browser log errors, as text. */
  final List<String> errors = new CopyOnWriteArrayList<>();

  /** The browser's executable: {@code $CHROMIUM}, else the first of Debian's and others' usual names on the PATH. */
  static Optional<Path> executable() {
    String given = System.getenv("CHROMIUM");
    if (given != null && !given.isBlank()) {
      return Optional.of(Path.of(given));
    }
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  Chromium(Path executable, Path profile, int width, int height) throws Exception {
    List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions", "--mute-audio",
        "--remote-debugging-port=0", "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "about:blank"));
    process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(profile.resolveSibling(profile.getFileName() + ".log").toFile()).start();
    Path portFile = profile.resolve("DevToolsActivePort");
    long until = System.nanoTime() + WAIT.toNanos();
    while (!Files.isRegularFile(portFile) || Files.readAllLines(portFile).size() < 2) {
      if (!process.isAlive() || System.nanoTime() > until) {
        throw new IOException("chromium did not start its DevTools endpoint; see " + profile.getFileName() + ".log");
      }
      Thread.sleep(50);
    }
    int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
    HttpClient http = HttpClient.newHttpClient();
    String pageSocket = null;
    while (pageSocket == null) {
      JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
          HttpResponse.BodyHandlers.ofString()).body());
      for (JsonNode t : targets) {
        if (t.path("type").asText().equals("page")) {
          pageSocket = t.path("webSocketDebuggerUrl").asText();
        }
      }
      if (pageSocket == null) {
        if (System.nanoTime() > until) {
          throw new IOException("chromium opened no page");
        }
        Thread.sleep(50);
      }
    }
    socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new Listener()).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    call("Runtime.enable", Map.of());
    call("Log.enable", Map.of());
    call("Page.enable", Map.of());
    call("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  /** Opens {@code page} and waits for its load event. */
  void open(Path page) throws Exception {
    CompletableFuture<JsonNode> loaded = event(e -> e.path("method").asText().equals("Page.loadEventFired"));
    call("Page.navigate", Map.of("url", page.toUri().toString()));
    loaded.get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  /** The value of a script expression in the page, as JSON. */
  JsonNode evaluate(String expression) throws Exception {
    JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException("the expression threw: " + result.path("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /** A real mouse click (pressed, released) at the middle of the first element {@code selector} finds, scrolled into view. */
  void click(String selector) throws Exception {
    JsonNode box = evaluate("(function(){var e=document.querySelector(" + JSON.writeValueAsString(selector) + ");e.scrollIntoView({block:'center'});"
        + "var r=e.getBoundingClientRect();return {x:r.left+r.width/2,y:r.top+r.height/2};})()");
    for (String type : List.of("mousePressed", "mouseReleased")) {
      call("Input.dispatchMouseEvent", Map.of("type", type, "x", box.path("x").asDouble(), "y", box.path("y").asDouble(), "button", "left", "clickCount", 1));
    }
  }

  /** Waits until the page has run what its event handlers put off to a timer (a form's reset, say). */
  void settle() throws Exception {
    evaluate("new Promise(function(done){window.setTimeout(function(){done(true);},20);})");
  }

  /** A PNG of the page's top (the viewport, scrolled to the top), written to {@code file}. */
  void screenshot(Path file) throws Exception {
    evaluate("window.scrollTo(0,0)");
    JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png"));
    Files.createDirectories(file.getParent());
    Files.write(file, Base64.getDecoder().decode(shot.path("data").asText()));
  }

  private CompletableFuture<JsonNode> event(Predicate<JsonNode> which) {
    CompletableFuture<JsonNode> f = new CompletableFuture<>();
    awaitedFor.add(which);
    awaited.add(f);
    return f;
  }

  private JsonNode call(String method, Map<String, Object> params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", JSON.valueToTree(params));
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket.sendText(JSON.writeValueAsString(message), true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    JsonNode answer = reply.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    if (answer.has("error")) {
      throw new IllegalStateException(method + ": " + answer.path("error"));
    }
    return answer.path("result");
  }

  private void received(JsonNode message) {
    if (message.has("id")) {
      CompletableFuture<JsonNode> reply = pending.remove(message.path("id").asInt());
      if (reply != null) {
        reply.complete(message);
      }
      return;
    }
    String method = message.path("method").asText();
    JsonNode params = message.path("params");
    if (method.equals("Runtime.consoleAPICalled") && List.of("error", "assert").contains(params.path("type").asText())) {
      errors.add("console." + params.path("type").asText() + ": " + params.path("args"));
    } else if (method.equals("Runtime.exceptionThrown")) {
      errors.add("uncaught: " + params.path("exceptionDetails"));
    } else if (method.equals("Log.entryAdded") && params.path("entry").path("level").asText().equals("error")) {
      errors.add("log: " + params.path("entry").path("text").asText());
    }
    for (int i = 0; i < awaited.size(); i++) {
      if (awaitedFor.get(i).test(message)) {
        awaited.get(i).complete(message);
      }
    }
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          received(JSON.readTree(partial.toString()));
        } catch (IOException e) {
          errors.add("unreadable DevTools message: " + e.getMessage());
        }
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }
  }

  /** Closes the browser (the protocol's Browser.close, then every process of it), and waits until all have exited. */
  @Override
  public void close() {
    List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    all.add(process.toHandle());
    try {
      call("Browser.close", Map.of());
    } catch (Exception ignored) {
      // stopped below in any case
    }
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        all.forEach(ProcessHandle::destroyForcibly);
      }
      for (ProcessHandle p : all) {
        p.onExit().get(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      all.forEach(ProcessHandle::destroyForcibly);
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      all.forEach(ProcessHandle::destroyForcibly);
    }
  }
}
