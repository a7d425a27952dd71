package org.refoulementkg.web.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import io.javalin.http.Context;

/**
 * Holds a response in memory until it is complete, so that a query that fails or times out part-way
 * still gets a clean error status. Past {@code limit} bytes the response is committed and streamed.
 */
public final class SpillBuffer extends OutputStream {
    private final Context ctx;
    private final String contentType;
    private final int limit;
    private ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
    private OutputStream direct;

    public SpillBuffer(Context ctx, String contentType, int limit) {
        this.ctx = ctx;
        this.contentType = contentType;
        this.limit = limit;
    }

    @Override public void write(int b) throws IOException {
        if (direct != null) { direct.write(b); return; }
        buffer.write(b);
        if (buffer.size() > limit) commit();
    }

    @Override public void write(byte[] b, int off, int len) throws IOException {
        if (direct != null) { direct.write(b, off, len); return; }
        buffer.write(b, off, len);
        if (buffer.size() > limit) commit();
    }

    /** True once bytes have gone to the client: the status can no longer change. */
    public boolean committed() { return direct != null; }

    /** Sends what is buffered (if nothing was streamed yet) and ends the response body. */
    public void finish() throws IOException {
        if (direct == null) {
            ctx.contentType(contentType);
            ctx.result(buffer.toByteArray());
        } else {
            direct.flush();
        }
        buffer = null;
    }

    private void commit() throws IOException {
        ctx.contentType(contentType);
        direct = ctx.outputStream();
        buffer.writeTo(direct);
        buffer = null;
    }
}
