package org.eventscope.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.IIOException;
import org.junit.jupiter.api.Test;

class WriteFailureTest {

    @Test
    void theReasonIsFoundAmongTheCauses() {
        assertThat(WriteFailure.of(
                        new IIOException("I/O error writing PNG file!", new IOException("No space left on device"))))
                .contains(WriteFailure.NO_SPACE);
        assertThat(WriteFailure.of(new UncheckedIOException(new IOException(
                        "wrapped", new FileSystemException("/x/chart.png", null, "Disk quota exceeded")))))
                .contains(WriteFailure.QUOTA);
        assertThat(WriteFailure.of(new AccessDeniedException("/x/chart.png"))).contains(WriteFailure.PERMISSION);
        assertThat(WriteFailure.of(new IOException("Permission denied"))).contains(WriteFailure.PERMISSION);
        assertThat(WriteFailure.of(new FileSystemException("/x", null, "Read-only file system")))
                .contains(WriteFailure.READ_ONLY);
        assertThat(WriteFailure.of(new IOException("/x/chart.png: Is a directory")))
                .contains(WriteFailure.FOLDER);
        assertThat(WriteFailure.of(new FileAlreadyExistsException("/x/chart.png")))
                .contains(WriteFailure.EXISTS);
        IOException closing = new IOException("I/O error writing PNG file!");
        closing.addSuppressed(new IOException("No space left on device"));
        assertThat(WriteFailure.of(closing)).contains(WriteFailure.NO_SPACE);
    }

    @Test
    void anUnknownFailureSaysTheInnermostMessage() {
        IOException e = new IIOException("I/O error writing PNG file!", new IOException("Input/output error"));
        assertThat(WriteFailure.of(e)).isEmpty();
        assertThat(WriteFailure.detail(e)).isEqualTo("Input/output error");
        assertThat(WriteFailure.englishReason(e)).isEqualTo("Input/output error");
        assertThat(WriteFailure.englishReason(new IOException(new IOException("No space left on device"))))
                .isEqualTo("no space left on the device");
        assertThat(WriteFailure.detail(new IOException())).isEqualTo("IOException");
    }

    @Test
    void aCycleOfCausesEnds() {
        IOException a = new IOException("a");
        IOException b = new IOException("b", a);
        a.initCause(b);
        assertThat(WriteFailure.of(a)).isEqualTo(Optional.empty());
        assertThat(WriteFailure.detail(a)).isEqualTo("b");
    }

    /** /dev/full fails every write with ENOSPC: the PNG encoder's own wrapping, as it comes. */
    @Test
    void aPngWrittenToAFullDeviceFailsWithNoSpaceLeft() {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "needs Linux /dev/full");
        BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        assertThatThrownBy(() -> {
                    try (OutputStream out = new FileOutputStream(full.toFile())) {
                        PngWriter.write(image, new ExportInfo("t", "s", null), 1, out);
                    }
                })
                .satisfies(e -> assertThat(WriteFailure.of(e)).contains(WriteFailure.NO_SPACE));
    }
}
