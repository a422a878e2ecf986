package org.openprocurement.platform.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A minimal HTTP/1.1 client on plain sockets, one keep-alive connection per calling thread, for the load
 * scenarios: the JDK's HttpClient spends about a millisecond of CPU per request, on the same two cores as the
 * platform it measures. It speaks just what the platform answers (Content-Length or chunked bodies, Connection:
 * close), reconnects after any failure, and hands back the same {@link Client.Answer} for the caller to check.
 */
final class SocketClient implements AutoCloseable {

    private static final int TIMEOUT_MILLIS = 30_000;

    private final InetSocketAddress address;
    private final String host;
    private final ThreadLocal<Connection> connections = new ThreadLocal<>();
    private final ConcurrentHashMap<Connection, Boolean> open = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> authorizations = new ConcurrentHashMap<>();

    SocketClient(URI base) {
        this.address = new InetSocketAddress(base.getHost(), base.getPort());
        this.host = base.getHost() + ":" + base.getPort();
    }

    /** POST of a JSON body as {@code user}, with an Idempotency-Key when one is given. */
    Client.Answer post(String user, String path, String json, String idempotencyKey) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = head("POST", path, user)
                .append("Content-Type: application/json\r\nContent-Length: ")
                .append(body.length)
                .append("\r\n");
        if (idempotencyKey != null) {
            head.append("Idempotency-Key: ").append(idempotencyKey).append("\r\n");
        }
        return exchange(head.append("\r\n"), body, idempotencyKey != null);
    }

    /** GET as {@code user}, or anonymously when {@code user} is null. */
    Client.Answer get(String user, String path) throws IOException {
        return exchange(head("GET", path, user).append("\r\n"), new byte[0], true);
    }

    private StringBuilder head(String method, String path, String user) {
        StringBuilder head = new StringBuilder(256)
                .append(method)
                .append(' ')
                .append(path)
                .append(" HTTP/1.1\r\nHost: ")
                .append(host)
                .append("\r\nAccept: application/json\r\n");
        if (user != null) {
            head.append("Authorization: ").append(authorizations.computeIfAbsent(user, SocketClient::basic));
            head.append("\r\n");
        }
        return head;
    }

    private static String basic(String user) {
        return "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + Accounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends on this thread's connection. A kept-alive connection the server closed in the meantime fails before
     * any answer byte; such a request is resent once on a fresh connection if resending is safe (a GET, or a
     * POST with an Idempotency-Key).
     */
    private Client.Answer exchange(StringBuilder head, byte[] body, boolean resendable) throws IOException {
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        Connection connection = connections.get();
        boolean reused = connection != null;
        if (connection == null) {
            connection = connect();
        }
        try {
            return connection.exchange(headBytes, body);
        } catch (StaleConnectionException stale) {
            drop(connection);
            if (!reused || !resendable) {
                throw stale;
            }
            Connection fresh = connect();
            try {
                return fresh.exchange(headBytes, body);
            } catch (IOException | RuntimeException e) {
                drop(fresh);
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            drop(connection);
            throw e;
        } finally {
            Connection current = connections.get();
            if (current != null && current.closeAfterwards) {
                drop(current);
            }
        }
    }

    private Connection connect() throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        socket.connect(address, 5000);
        Connection connection = new Connection(socket);
        connections.set(connection);
        open.put(connection, Boolean.TRUE);
        return connection;
    }

    private void drop(Connection connection) {
        if (connections.get() == connection) {
            connections.remove();
        }
        open.remove(connection);
        connection.close();
    }

    @Override
    public void close() {
        open.keySet().forEach(Connection::close);
        open.clear();
    }

    /** The server closed the connection before answering: nothing was processed, or it is unknown. */
    private static final class StaleConnectionException extends EOFException {
        StaleConnectionException() {
            super("The connection was closed before an answer came");
        }
    }

    private static final class Connection {

        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private boolean closeAfterwards;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
            this.in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        }

        Client.Answer exchange(byte[] head, byte[] body) throws IOException {
            byte[] request = new byte[head.length + body.length];
            System.arraycopy(head, 0, request, 0, head.length);
            System.arraycopy(body, 0, request, head.length, body.length);
            try {
                out.write(request);
                out.flush();
            } catch (IOException closed) {
                // A connection the server closed while it idled; the request did not get through.
                throw new StaleConnectionException();
            }
            int first = in.read();
            if (first < 0) {
                throw new StaleConnectionException();
            }
            String statusLine = (char) first + line();
            if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
                throw new IOException("Not an HTTP/1.1 answer: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            String location = null;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                if (colon < 0) {
                    throw new IOException("Malformed header: " + header);
                }
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" ->
                        chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> closeAfterwards = value.equalsIgnoreCase("close");
                    case "location" -> location = value;
                    default -> {}
                }
            }
            String text = chunked ? chunkedBody() : fixedBody(length);
            return new Client.Answer(status, text, Optional.ofNullable(location));
        }

        private String fixedBody(long length) throws IOException {
            if (length < 0) {
                // No length and not chunked: the body runs to the end of the connection.
                closeAfterwards = true;
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            return new String(in.readNBytes((int) length), StandardCharsets.UTF_8);
        }

        private String chunkedBody() throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String size = line();
                int extension = size.indexOf(';');
                int chunk = Integer.parseInt((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
                if (chunk == 0) {
                    while (!line().isEmpty()) {
                        // trailers, ignored
                    }
                    return body.toString(StandardCharsets.UTF_8);
                }
                byte[] bytes = in.readNBytes(chunk);
                if (bytes.length < chunk) {
                    throw new EOFException("Chunk cut short");
                }
                body.writeBytes(bytes);
                line();
            }
        }

        /** One header line without its CRLF. */
        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("The connection closed mid-answer");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
