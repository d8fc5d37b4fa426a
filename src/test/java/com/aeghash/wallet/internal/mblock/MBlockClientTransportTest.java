package com.aeghash.wallet.internal.mblock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.common.Secret;
import com.aeghash.common.metrics.VendorCallMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client on the real JDK HttpClient (as configured for production) against a local socket server that
 * misbehaves on purpose: what each network failure proves about a transfer.
 */
class MBlockClientTransportTest {

    private static final Secret WALLET_KEY = Secret.of("transport-test-wallet-key-77aa");
    private static final String TO = "0x00000000000000000000000000000000000000b2";
    private final List<String> requestHeads = new CopyOnWriteArrayList<>();
    private ServerSocket server;

    @AfterEach
    void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aRefusedConnectionIsADefiniteTransientFailure() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }

        assertThatThrownBy(() -> clientFor(closedPort).transferByWalletKey(WALLET_KEY, null, TO, BigDecimal.ONE))
                .isInstanceOfSatisfying(
                        MBlockNotExecutedException.class,
                        definite -> assertThat(definite.isTransient()).isTrue());
    }

    @Test
    void noAnswerWithinTheReadTimeoutLeavesATransferUnknownAndFailsABalanceRead() throws IOException {
        serve(socket -> sleep(Duration.ofSeconds(3)));

        assertThatThrownBy(() ->
                        clientFor(server.getLocalPort()).transferByWalletKey(WALLET_KEY, null, TO, BigDecimal.ONE))
                .isInstanceOf(MBlockOutcomeUnknownException.class);
        assertThatThrownBy(() -> clientFor(server.getLocalPort()).balanceOf(TO, null))
                .isInstanceOf(MBlockNotExecutedException.class);
    }

    @Test
    void aConnectionResetAfterTheRequestWasReadLeavesATransferUnknown() throws IOException {
        serve(socket -> {
            socket.setSoLinger(true, 0);
            socket.close();
        });

        assertThatThrownBy(() ->
                        clientFor(server.getLocalPort()).transferByWalletKey(WALLET_KEY, null, TO, BigDecimal.ONE))
                .isInstanceOf(MBlockOutcomeUnknownException.class);
        assertThat(requestHeads)
                .anySatisfy(head -> assertThat(head).containsIgnoringCase("X-MBLOCK-Key: transport-api-key"));
    }

    @Test
    void aWellFormedAnswerIsReadOverTheWire() throws IOException {
        serve(socket -> respond(socket, "200 OK", "{\"result\":true,\"txid\":\"0xabc\",\"message\":\"success\"}"));

        assertThat(clientFor(server.getLocalPort()).transferByWalletKey(WALLET_KEY, null, TO, BigDecimal.ONE))
                .isEqualTo("0xabc");
    }

    private MBlockClient clientFor(int port) {
        RestClient http =
                MBlockConfiguration.restClient(RestClient.builder(), Duration.ofMillis(500), Duration.ofMillis(700));
        return new MBlockClient(
                http,
                () -> URI.create("http://127.0.0.1:" + port + "/bsc"),
                () -> Secret.of("transport-api-key"),
                JsonMapper.builder().build(),
                new VendorCallMetrics(new SimpleMeterRegistry(), "mblock"));
    }

    /** Accepts connections, reads each request's head, then lets {@code behaviour} decide what happens. */
    private void serve(SocketBehaviour behaviour) throws IOException {
        server = new ServerSocket(0);
        Thread acceptor = new Thread(
                () -> {
                    while (!server.isClosed()) {
                        try (Socket socket = server.accept()) {
                            requestHeads.add(readHead(socket));
                            behaviour.accept(socket);
                        } catch (IOException closed) {
                            return;
                        }
                    }
                },
                "transport-test-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private static String readHead(Socket socket) throws IOException {
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder head = new StringBuilder();
        for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
            head.append(line).append('\n');
        }
        return head.toString();
    }

    private static void respond(Socket socket, String status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        OutputStream out = socket.getOutputStream();
        out.write(("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                        + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @FunctionalInterface
    private interface SocketBehaviour {
        void accept(Socket socket) throws IOException;
    }
}
