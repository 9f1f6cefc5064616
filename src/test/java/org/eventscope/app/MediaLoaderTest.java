package org.eventscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.eventscope.i18n.Messages;
import org.eventscope.model.Media;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** Pictures of events fetched as a user meets them: slow, too large, broken, offline, beside the file. */
class MediaLoaderTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);
    private final MediaLoader loader = new MediaLoader(Duration.ofSeconds(2));

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void serve() throws Exception {
        Messages.setLocale(java.util.Locale.ENGLISH);
        byte[] png = png(300, 200);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/slow.png", afterRelease(release, png, 10));
        server.createContext("/huge.png", x -> {
            x.getResponseHeaders().add("Content-Type", "image/png");
            x.sendResponseHeaders(200, 20L * 1024 * 1024);
            // The body is really sent: a server that hung up at once would race the
            // client's reading of the headers ("bytes received: 0" instead of the size).
            try (OutputStream out = x.getResponseBody()) {
                byte[] block = new byte[64 * 1024];
                for (int i = 0; i < 20 * 16; i++) {
                    out.write(block);
                }
            } catch (java.io.IOException e) {
                // the loader hung up once it saw the size: what is wanted
            }
        });
        server.createContext("/endless.png", x -> {
            // No length given, and more bytes than a picture may have.
            x.getResponseHeaders().add("Content-Type", "image/png");
            x.sendResponseHeaders(200, 0);
            try (OutputStream out = x.getResponseBody()) {
                byte[] block = new byte[64 * 1024];
                for (int i = 0; i < 11 * 16 + 1; i++) {
                    out.write(block);
                }
            } catch (java.io.IOException e) {
                // the loader hung up: what is wanted
            }
        });
        server.createContext("/stall.png", x -> {
            x.getResponseHeaders().add("Content-Type", "image/png");
            x.sendResponseHeaders(200, png.length);
            try {
                x.getResponseBody().write(png, 0, 10);
                x.getResponseBody().flush();
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.io.IOException e) {
                // the loader hung up
            }
            x.close();
        });
        server.createContext("/second.png", afterRelease(release, png, 10));
        server.createContext("/third.png", afterRelease(release, png, 10));
        server.createContext("/broken.png", x -> send(x, "image/png", "<html>not a picture</html>".getBytes()));
        server.createContext("/page", x -> send(x, "text/html", "<html>a page</html>".getBytes()));
        server.createContext("/gone.png", x -> {
            x.sendResponseHeaders(404, -1);
            x.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        loader.close();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Answers with {@code png} once {@code release} is counted down (at most {@code seconds} later): a slow server. */
    static com.sun.net.httpserver.HttpHandler afterRelease(CountDownLatch release, byte[] png, int seconds) {
        return x -> {
            try {
                release.await(seconds, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(x, "image/png", png);
        };
    }

    private static void send(com.sun.net.httpserver.HttpExchange x, String type, byte[] body)
            throws java.io.IOException {
        x.getResponseHeaders().add("Content-Type", type);
        x.sendResponseHeaders(200, body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    static byte[] png(int w, int h) throws Exception {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private MediaLoader.Result result(String where) throws Exception {
        return loader.load(where).get(20, TimeUnit.SECONDS);
    }

    @Test
    void aSlowPictureLoadsInTheBackgroundAndIsKeptForTheHoverCard() throws Exception {
        var pending = loader.load(url("/slow.png"));
        assertThat(pending).as("asking does not wait for the server").isNotDone();
        assertThat(loader.picture(url("/slow.png"))).isNull();
        assertThat(loader.load(url("/slow.png")))
                .as("asked twice, fetched once")
                .isSameAs(pending);
        release.countDown();
        MediaLoader.Result r = pending.get(10, TimeUnit.SECONDS);
        assertThat(r).isInstanceOf(MediaLoader.Picture.class);
        assertThat(((MediaLoader.Picture) r).image().getWidth()).isEqualTo(300);
        assertThat(loader.picture(url("/slow.png"))).as("kept").isNotNull();
        assertThat(loader.load(url("/slow.png"))).isDone();
    }

    @Test
    void picturesWaitingOnASlowServerAtOnceHoldNoneOfEachOtherUp() throws Exception {
        var first = loader.load(url("/slow.png"));
        var second = loader.load(url("/second.png"));
        var third = loader.load(url("/third.png"));
        Files.write(dir.resolve("here.png"), png(20, 10));
        assertThat(result(dir.resolve("here.png").toUri().toString()))
                .as("a picture beside the file, while three wait on the server")
                .isInstanceOf(MediaLoader.Picture.class);
        release.countDown();
        for (var f : java.util.List.of(first, second, third)) {
            assertThat(f.get(10, TimeUnit.SECONDS)).isInstanceOf(MediaLoader.Picture.class);
        }
    }

    @Test
    void aPictureNobodyWaitsForAnyMoreIsAbandonedAndFetchedAgainWhenAskedAgain() throws Exception {
        var first = loader.load(url("/slow.png"));
        long t0 = System.nanoTime();
        while (!first.isDone() && System.nanoTime() - t0 < 2_000_000_000L) {
            loader.abandon(url("/slow.png")); // once its fetch has begun, it stops
            Thread.sleep(20);
        }
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(new MediaLoader.Failed("loading was stopped"));
        assertThat(loader.picture(url("/slow.png"))).isNull();
        var again = loader.load(url("/slow.png"));
        assertThat(again).isNotSameAs(first);
        release.countDown();
        assertThat(again.get(10, TimeUnit.SECONDS)).isInstanceOf(MediaLoader.Picture.class);
    }

    @Test
    void anAnimationIsCountedFrameByFrameAndATallPictureIsKeptSmall() throws Exception {
        // 40 frames of 1,200 x 1,000: 48 million pixels decoded, in a small file.
        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        javax.imageio.ImageWriter writer =
                ImageIO.getImageWritersByFormatName("gif").next();
        try (var out = ImageIO.createImageOutputStream(gif)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            BufferedImage frame = new BufferedImage(1_200, 1_000, BufferedImage.TYPE_BYTE_INDEXED);
            for (int i = 0; i < 40; i++) {
                writer.writeToSequence(new javax.imageio.IIOImage(frame, null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        assertThat(MediaLoader.decode(gif.toByteArray()))
                .isEqualTo(new MediaLoader.Failed("it is a picture of 48 million pixels, more than 40 million"));

        MediaLoader.Result tall = MediaLoader.decode(png(50, 8_000));
        assertThat(tall).isInstanceOf(MediaLoader.Picture.class);
        assertThat(((MediaLoader.Picture) tall).image().getHeight()).isLessThanOrEqualTo(MediaLoader.KEEP_HEIGHT);
    }

    @Test
    void tooLargeBrokenMissingAndOfflineEachSayWhy() throws Exception {
        assertThat(result(url("/huge.png"))).isEqualTo(new MediaLoader.Failed("it is 20 MB, more than 10 MB"));
        assertThat(result(url("/endless.png"))).isEqualTo(new MediaLoader.Failed("it is more than 10 MB"));
        assertThat(result(url("/broken.png")))
                .isEqualTo(new MediaLoader.Failed("it is not a picture Eventscope can show (PNG, JPEG, GIF or BMP)"));
        assertThat(result(url("/gone.png"))).isEqualTo(new MediaLoader.Failed("the server answered 404"));
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        assertThat(result("http://127.0.0.1:" + closed + "/a.png"))
                .isEqualTo(new MediaLoader.Failed("the server cannot be reached (offline?)"));
        assertThat(loader.picture(url("/broken.png")))
                .as("a failure is not kept: asked again, it may work")
                .isNull();
    }

    @Test
    void aServerThatStallsMidPictureIsCutOffAtTheTimeout() throws Exception {
        long t0 = System.nanoTime();
        assertThat(result(url("/stall.png"))).isEqualTo(new MediaLoader.Failed("it took more than 2 seconds"));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void aVideoPostOrPageIsALinkNotAFetch() throws Exception {
        assertThat(result("https://www.youtube.com/watch?v=synthetic")).isEqualTo(new MediaLoader.Link("YouTube"));
        assertThat(result("https://x.com/someone/status/1")).isEqualTo(new MediaLoader.Link("X (Twitter)"));
        assertThat(result("https://www.google.com/maps/place/Geneva")).isEqualTo(new MediaLoader.Link("Google Maps"));
        assertThat(result(url("/page"))).isEqualTo(new MediaLoader.Link("127.0.0.1"));
        assertThat(MediaLoader.provider("https://upload.wikimedia.org/wikipedia/commons/a/a9/Example.jpg"))
                .as("a picture on Wikimedia Commons is a picture, fetched")
                .isNull();
    }

    @Test
    void aPictureBesideTheFileIsReadAndAFifoAMissingFileOrAHugePictureIsRefused() throws Exception {
        Files.createDirectories(dir.resolve("pictures"));
        Files.write(dir.resolve("pictures/talks.png"), png(120, 80));
        String where = MediaLoader.where(new Media("pictures/talks.png", null, null, null), dir);
        assertThat(where).startsWith("file:").endsWith("/pictures/talks.png");
        MediaLoader.Result r = result(where);
        assertThat(r).isInstanceOf(MediaLoader.Picture.class);
        assertThat(((MediaLoader.Picture) r).image().getHeight()).isEqualTo(80);
        assertThat(MediaLoader.where(new Media("pictures/talks.png", null, null, null), null))
                .as("an unsaved document has no folder to look in")
                .isNull();

        assertThat(result(dir.resolve("pictures/none.png").toUri().toString()))
                .isEqualTo(new MediaLoader.Failed("none.png is not there"));

        Files.writeString(dir.resolve("pictures/run.sh"), "echo synthetic");
        assertThat(result(dir.resolve("pictures/run.sh").toUri().toString()))
                .as("a file that is no picture is never offered to the system to open")
                .isEqualTo(new MediaLoader.Failed("it is not a picture Eventscope can show (PNG, JPEG, GIF or BMP)"));

        Path fifo = dir.resolve("pictures/fifo.png");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (mkfifo.waitFor() == 0) {
            assertThat(result(fifo.toUri().toString()))
                    .as("a FIFO would wait for a writer for ever")
                    .isEqualTo(new MediaLoader.Failed("fifo.png is not a regular file"));
        }

        // 8,000 x 6,000 pixels in a file of a few kilobytes: refused before it is decoded.
        BufferedImage bomb = new BufferedImage(8_000, 6_000, BufferedImage.TYPE_BYTE_BINARY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(bomb, "png", out);
        assertThat(out.size()).isLessThan(200_000);
        assertThat(MediaLoader.decode(out.toByteArray()))
                .isEqualTo(new MediaLoader.Failed("it is a picture of 48 million pixels, more than 40 million"));
    }
}
