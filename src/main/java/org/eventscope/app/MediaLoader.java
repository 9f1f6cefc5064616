package org.eventscope.app;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.eventscope.i18n.Messages;
import org.eventscope.model.Media;
import org.jspecify.annotations.Nullable;

/**
 * Fetches the pictures of events, never on the JavaFX thread: from the web (at most
 * {@link #MAX_BYTES}, {@link #TIMEOUT} from asking to the last byte) or from beside the event
 * file (a regular file only: a FIFO or a device is refused, not read), decoded at most
 * {@link #MAX_PIXELS} large, and kept (the last {@link #KEEP}) so that the hover card and the
 * details show a picture loaded once at once. A video, post, map or web page is not fetched:
 * it is shown as a card with a link.
 */
final class MediaLoader {

    /** The most bytes a picture may have. */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    /** The most pixels a picture may have once decoded (a small file may hold a huge picture). */
    static final long MAX_PIXELS = 40_000_000;

    /** How long a web address may take, from asking to the last byte. */
    static final Duration TIMEOUT = Duration.ofSeconds(15);

    /** How many pictures are kept. */
    static final int KEEP = 48;

    /** The widest a picture is kept (it is drawn at most as wide as the details pane). */
    static final double KEEP_WIDTH = 960;

    /** The highest a picture is kept. */
    static final double KEEP_HEIGHT = 1_200;

    /** What became of a media address. */
    sealed interface Result {}

    /** A picture, ready to show. */
    record Picture(Image image) implements Result {}

    /** Something to open in the browser, not to show here: a video, a post, a map, a page. */
    record Link(String provider) implements Result {}

    /** Why nothing can be shown, in the interface's language. */
    record Failed(String reason) implements Result {}

    private static final Map<String, String> PROVIDERS = Map.ofEntries(
            Map.entry("youtube.com", "YouTube"),
            Map.entry("youtu.be", "YouTube"),
            Map.entry("vimeo.com", "Vimeo"),
            Map.entry("twitter.com", "X (Twitter)"),
            Map.entry("x.com", "X (Twitter)"),
            Map.entry("facebook.com", "Facebook"),
            Map.entry("instagram.com", "Instagram"),
            Map.entry("tiktok.com", "TikTok"),
            Map.entry("t.me", "Telegram"),
            Map.entry("soundcloud.com", "SoundCloud"),
            Map.entry("openstreetmap.org", "OpenStreetMap"),
            Map.entry("maps.app.goo.gl", "Google Maps"),
            Map.entry("documentcloud.org", "DocumentCloud"));

    private static final String[] PICTURES = {".png", ".jpg", ".jpeg", ".gif", ".bmp"};

    /** Made at the first web address: a client keeps a thread of its own. */
    private @Nullable HttpClient http;

    private final ExecutorService workers;
    private final ScheduledExecutorService clock;
    private final Map<String, Result> kept = new LinkedHashMap<>(KEEP, 0.75f, true);
    private final Map<String, CompletableFuture<Result>> loading = new LinkedHashMap<>();
    private final Map<String, Thread> running = new java.util.HashMap<>();

    private final Duration timeout;

    MediaLoader() {
        this(TIMEOUT);
    }

    /** A loader that gives a web address {@code timeout} (a test's short wait). */
    MediaLoader(Duration timeout) {
        this.timeout = timeout;
        // Each fetch waits on its own thread: the client answers on threads of its own, so a slow
        // server never holds up another picture, nor the answer that would end its own wait.
        workers = Executors.newFixedThreadPool(4, r -> daemon(r, "eventscope-media"));
        clock = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "eventscope-media-clock"));
    }

    private synchronized HttpClient http() {
        HttpClient client = http;
        if (client == null) {
            client = HttpClient.newBuilder()
                    .connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
            http = client;
        }
        return client;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /**
     * Where {@code media} is: its web address, or its path resolved in {@code folder} (the event
     * file's); {@code null} for a path when the document has no folder (it was never saved).
     */
    static @Nullable String where(Media media, @Nullable Path folder) {
        if (media.isWeb()) {
            return media.url();
        }
        return folder == null
                ? null
                : folder.resolve(media.url()).normalize().toUri().toString();
    }

    /** The provider a web address belongs to when it is a video, post, map or the like, else {@code null}. */
    static @Nullable String provider(String url) {
        String host;
        try {
            host = URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        for (Map.Entry<String, String> p : PROVIDERS.entrySet()) {
            if (host.equals(p.getKey()) || host.endsWith("." + p.getKey())) {
                return p.getValue();
            }
        }
        if ((host.equals("google.com") || host.startsWith("google.")) && url.contains("/maps")) {
            return "Google Maps";
        }
        return null;
    }

    /** What is kept for {@code where} already (a picture loaded once), or {@code null}. Any thread. */
    synchronized @Nullable Result kept(String where) {
        return kept.get(where);
    }

    /** The picture kept for {@code where}, or {@code null} (for the hover card, which never waits). */
    @Nullable
    Image picture(String where) {
        return kept(where) instanceof Picture p ? p.image() : null;
    }

    /**
     * What {@code where} (from {@link #where}) holds, fetched in the background; done at once when
     * it was fetched before. The future completes on a worker thread, never with an exception.
     */
    synchronized CompletableFuture<Result> load(String where) {
        Result done = kept.get(where);
        if (done != null) {
            return CompletableFuture.completedFuture(done);
        }
        CompletableFuture<Result> running = loading.get(where);
        if (running != null) {
            return running;
        }
        // Kept as it completes: keep() waits for this lock, so the entry below is there to remove.
        CompletableFuture<Result> f = CompletableFuture.supplyAsync(() -> fetch(where), workers)
                .exceptionally(e -> new Failed(reason(e, timeout)))
                .thenApply(r -> {
                    keep(where, r);
                    return r;
                });
        loading.put(where, f);
        return f;
    }

    private synchronized void keep(String where, Result r) {
        loading.remove(where);
        if (r instanceof Failed) {
            return; // asked again later, it may work (back online, the file put in place)
        }
        kept.put(where, r);
        for (Iterator<String> i = kept.keySet().iterator(); kept.size() > KEEP && i.hasNext(); ) {
            i.next();
            i.remove();
        }
    }

    /**
     * Stops fetching {@code where} when nobody waits for it any more (the details moved on to
     * another event), so that the picture asked for next does not queue behind it. Any thread.
     */
    synchronized void abandon(String where) {
        Thread fetching = running.get(where);
        if (fetching != null) {
            fetching.interrupt();
        }
    }

    private Result fetch(String where) {
        synchronized (this) {
            running.put(where, Thread.currentThread());
        }
        try {
            return fetchNow(where);
        } finally {
            synchronized (this) {
                running.remove(where);
            }
            Thread.interrupted(); // an abandon that came late is not the next fetch's
        }
    }

    private Result fetchNow(String where) {
        try {
            URI uri = URI.create(where);
            if ("file".equals(uri.getScheme())) {
                return file(Path.of(uri));
            }
            // A picture's address is fetched (upload.wikimedia.org/…/x.jpg); a video's, post's or map's is not.
            boolean picture = isPicture(uri.getPath() == null ? "" : uri.getPath());
            String provider = picture ? null : provider(where);
            if (provider != null) {
                return new Link(provider);
            }
            return web(uri, picture);
        } catch (IOException | IllegalArgumentException e) {
            return new Failed(reason(e, timeout));
        }
    }

    private Result file(Path path) throws IOException {
        if (!isPicture(path.toString())) {
            // Never handed to the system to open: beside a file from elsewhere it could be a program.
            return new Failed(Messages.get("media.notPicture"));
        }
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
            return new Failed(Messages.get("media.missing", path.getFileName().toString()));
        }
        if (!Files.isRegularFile(path)) {
            // A FIFO, a device or a folder: reading it could wait for ever or never end.
            return new Failed(Messages.get("media.notFile", path.getFileName().toString()));
        }
        long size = Files.size(path);
        if (size > MAX_BYTES) {
            return new Failed(tooLarge(size));
        }
        try (InputStream in = Files.newInputStream(path)) {
            return decode(in.readNBytes((int) MAX_BYTES + 1));
        }
    }

    /** {@code picture}: whether the address's path names a picture, whatever type the server gives it. */
    private Result web(URI uri, boolean picture) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "image/png,image/jpeg,image/gif,image/bmp;q=0.9,*/*;q=0.1")
                .header("User-Agent", "Eventscope")
                .GET()
                .build();
        HttpResponse<InputStream> response;
        try {
            response = http().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failed(Messages.get("media.cancelled"));
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                return new Failed(Messages.get("media.status", String.valueOf(response.statusCode())));
            }
            String type =
                    response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            if (!type.startsWith("image/") && !picture) {
                return new Link(uri.getHost() == null ? uri.toString() : uri.getHost());
            }
            long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (length > MAX_BYTES) {
                return new Failed(tooLarge(length));
            }
            // The whole answer within the time: a server that sends a byte a minute is cut off.
            java.util.concurrent.atomic.AtomicBoolean late = new java.util.concurrent.atomic.AtomicBoolean();
            var deadline = clock.schedule(
                    () -> {
                        late.set(true);
                        try {
                            body.close();
                        } catch (IOException e) {
                            // closing is all that is wanted
                        }
                    },
                    timeout.toMillis(),
                    TimeUnit.MILLISECONDS);
            try {
                byte[] bytes = body.readNBytes((int) MAX_BYTES + 1);
                return late.get() ? new Failed(slow()) : decode(bytes);
            } catch (IOException e) {
                return new Failed(late.get() ? slow() : reason(e, timeout));
            } finally {
                deadline.cancel(false);
            }
        }
    }

    private String slow() {
        return slow(timeout);
    }

    private static String slow(Duration timeout) {
        return Messages.get("media.slow", String.valueOf(timeout.toSeconds()));
    }

    /** The picture in {@code bytes}, checked for size before it is decoded. */
    static Result decode(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            // Read up to one byte past the limit: how much more there was is not known.
            return new Failed(Messages.get("media.overLimit", String.valueOf(MAX_BYTES / (1024 * 1024))));
        }
        long[] size = size(bytes);
        if (size == null) {
            return new Failed(Messages.get("media.notPicture"));
        }
        // Every frame of an animation is decoded at full size: 20,000 frames of a 2,000-pixel-square
        // GIF in 460 KB would fill any heap.
        long pixels = size[0] * size[1] * size[2];
        if (pixels > MAX_PIXELS) {
            return new Failed(Messages.get("media.tooManyPixels", String.valueOf(pixels / 1_000_000)));
        }
        // Made smaller while it is decoded when it is larger than it is ever shown; never larger.
        boolean large = size[0] > KEEP_WIDTH || size[1] > KEEP_HEIGHT;
        Image image =
                new Image(new ByteArrayInputStream(bytes), large ? KEEP_WIDTH : 0, large ? KEEP_HEIGHT : 0, true, true);
        if (image.isError() || image.getWidth() <= 0) {
            return new Failed(Messages.get("media.notPicture"));
        }
        return new Picture(image);
    }

    /**
     * {width, height, frames} from the picture's headers, without decoding it; {@code null} when it
     * is no picture read here.
     */
    static long @Nullable [] size(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            if (in == null) {
                return null;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                // Not forward-only: counting the frames of an animation looks through all of them.
                reader.setInput(in, false, true);
                return new long[] {reader.getWidth(0), reader.getHeight(0), Math.max(1, reader.getNumImages(true))};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static boolean isPicture(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        for (String ending : PICTURES) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static String tooLarge(long bytes) {
        return Messages.get(
                "media.tooLarge",
                String.valueOf(Math.max(1, bytes / (1024 * 1024))),
                String.valueOf(MAX_BYTES / (1024 * 1024)));
    }

    /** Why a fetch failed, in the interface's language where the cause is known. */
    static String reason(Throwable e, Duration timeout) {
        Throwable cause =
                e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof java.net.http.HttpTimeoutException) {
            return slow(timeout);
        }
        if (cause instanceof java.net.ConnectException
                || cause instanceof java.nio.channels.UnresolvedAddressException) {
            return Messages.get("media.offline");
        }
        if (cause instanceof java.nio.file.NoSuchFileException f) {
            return Messages.get(
                    "media.missing", String.valueOf(Path.of(f.getFile()).getFileName()));
        }
        String message = cause.getMessage();
        return Messages.get(
                "media.failed",
                message == null || message.isBlank() ? cause.getClass().getSimpleName() : message);
    }

    /** Stops the workers (the window closes). */
    void close() {
        workers.shutdownNow();
        clock.shutdownNow();
    }
}
