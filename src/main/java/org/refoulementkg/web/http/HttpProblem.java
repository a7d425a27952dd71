package org.refoulementkg.web.http;

/** A request we refuse: the status and a plain message for the client. Mapped to a response in one place. */
public class HttpProblem extends RuntimeException {
    private final int status;

    public HttpProblem(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() { return status; }

    public static HttpProblem badRequest(String message) { return new HttpProblem(400, message); }
    public static HttpProblem notAcceptable(String message) { return new HttpProblem(406, message); }
}
