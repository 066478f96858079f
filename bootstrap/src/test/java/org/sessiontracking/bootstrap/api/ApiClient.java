package org.sessiontracking.bootstrap.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Calls the REST API over HTTP as a field app does: JSON, with a Bearer token (or without one). */
final class ApiClient {

    private final HttpClient http;
    private final String base;

    ApiClient(int port) {
        this(port, null);
    }

    /** @param localAddress the loopback address calls come from (the throttle counts per address) */
    ApiClient(int port, InetAddress localAddress) {
        HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10));
        if (localAddress != null) {
            builder.localAddress(localAddress);
        }
        this.http = builder.build();
        this.base = "http://127.0.0.1:" + port;
    }

    HttpResponse<String> get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    HttpResponse<String> post(String path, String token, String json) {
        return send(request(path, token).POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> put(String path, String token, String json) {
        return send(request(path, token).PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A GET with this Authorization header exactly as given. */
    HttpResponse<String> send(String path, String authorization) {
        return send(HttpRequest.newBuilder(java.net.URI.create(base + path)).header("Authorization", authorization)
                .GET().build());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Content-Type", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
