package org.refoulementkg.web.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import io.javalin.http.Context;

/**
 * Holds a response in memory until it is complete, so that a query that fails or times out part-way
 * still gets a clean error status. Past {@code limit} bytes the response is committed and streamed; past
 * {@code maxBytes} in all, writing fails with {@link TooLarge} (the caller refuses, or cuts the stream).
 */
public final class SpillBuffer extends OutputStream {
    private final Context ctx;
    private final String contentType;
    private final int limit;
    private final long maxBytes;
    private long written;
    private ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
    private OutputStream direct;

    public SpillBuffer(Context ctx, String contentType, int limit, long maxBytes) {
        this.ctx = ctx;
        this.contentType = contentType;
        this.limit = limit;
        this.maxBytes = maxBytes;
    }

    public SpillBuffer(Context ctx, String contentType, int limit) { this(ctx, contentType, limit, Long.MAX_VALUE); }

    /** An answer longer than the buffer allows in all. */
    public static final class TooLarge extends RuntimeException {
        TooLarge(long maxBytes) { super("Stopped: the answer passed the limit of " + maxBytes + " bytes.", null, false, false); }
    }

    @Override public void write(int b) throws IOException {
        count(1);
        if (direct != null) { direct.write(b); return; }
        buffer.write(b);
        if (buffer.size() > limit) commit();
    }

    @Override public void write(byte[] b, int off, int len) throws IOException {
        count(len);
        if (direct != null) { direct.write(b, off, len); return; }
        buffer.write(b, off, len);
        if (buffer.size() > limit) commit();
    }

    /** True once bytes have gone to the client: the status can no longer change. */
    public boolean committed() { return direct != null; }

    /** Sends what is buffered (if nothing was streamed yet) and ends the response body; returns the whole body if it was held, else null. */
    public byte[] finish() throws IOException {
        byte[] body = null;
        if (direct == null) {
            body = buffer.toByteArray();
            ctx.contentType(contentType);
            ctx.result(body);
        } else {
            direct.flush();
        }
        buffer = null;
        return body;
    }

    private void count(int n) {
        written += n;
        if (written > maxBytes) throw new TooLarge(maxBytes);
    }

    private void commit() throws IOException {
        ctx.contentType(contentType);
        direct = ctx.outputStream();
        buffer.writeTo(direct);
        buffer = null;
    }
}
