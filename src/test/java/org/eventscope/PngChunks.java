package org.eventscope;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The text chunks of a PNG file, read byte by byte as the file holds them (no image library). */
public final class PngChunks {

    private PngChunks() {}

    /**
     * A tEXt or iTXt chunk: its keyword and the bytes of its text (after the keyword's NUL; for
     * iTXt after the flags, language tag and translated keyword).
     */
    public record Text(String type, String keyword, byte[] text) {

        public String string() {
            return new String(text, type.equals("tEXt") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        }
    }

    public static List<Text> texts(Path png) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(png));
        b.position(8);
        List<Text> out = new ArrayList<>();
        while (b.remaining() >= 12) {
            int length = b.getInt();
            byte[] type = new byte[4];
            b.get(type);
            byte[] data = new byte[length];
            b.get(data);
            b.getInt();
            String name = new String(type, StandardCharsets.US_ASCII);
            if (name.equals("tEXt") || name.equals("iTXt")) {
                int nul = indexOf(data, 0);
                String keyword = new String(data, 0, nul, StandardCharsets.ISO_8859_1);
                int start = nul + 1;
                if (name.equals("iTXt")) {
                    start += 2;
                    start = indexOf(data, start) + 1;
                    start = indexOf(data, start) + 1;
                }
                out.add(new Text(name, keyword, Arrays.copyOfRange(data, start, data.length)));
            }
        }
        return out;
    }

    /** The resolution its pHYs chunk gives, in dots per inch; -1 without one (or with no unit). */
    public static double dpi(Path png) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(png));
        b.position(8);
        while (b.remaining() >= 12) {
            int length = b.getInt();
            byte[] type = new byte[4];
            b.get(type);
            int start = b.position();
            if (new String(type, StandardCharsets.US_ASCII).equals("pHYs") && length == 9) {
                long perMetreX = Integer.toUnsignedLong(b.getInt(start));
                return b.get(start + 8) == 1 ? perMetreX * 0.0254 : -1;
            }
            b.position(start + length + 4);
        }
        return -1;
    }

    private static int indexOf(byte[] data, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == 0) {
                return i;
            }
        }
        throw new AssertionError("no NUL after byte " + from);
    }
}
