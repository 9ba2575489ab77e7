package dev.boxoffice.data.tmdb;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Unzips gzip bodies. The client asks for gzip (a film's details with credits shrink about fivefold, 128 KB to 27 KB), but
 * decides by the gzip magic bytes rather than the Content-Encoding header, so a server that mislabels
 * its body either way is still read. Inflation stops at a limit: a small bomb cannot fill the heap.
 */
final class GzipBody {
    private GzipBody() {
    }

    /** {@code body} inflated when it is gzip, else unchanged; throws when corrupt or larger than {@code maxBytes}. */
    static byte[] decode(byte[] body, long maxBytes) throws IOException {
        if (body.length < 2 || (body[0] & 0xff) != 0x1f || (body[1] & 0xff) != 0x8b) {
            return body;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (out.length > maxBytes) {
                throw new BoundedBodyHandler.BodyTooLargeException(maxBytes);
            }
            return out;
        }
    }
}
