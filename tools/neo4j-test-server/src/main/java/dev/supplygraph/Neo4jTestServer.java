package dev.supplygraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A throwaway Neo4j Community server for tests and CI: Bolt on a free loopback port, authentication on, data in a
 * temporary directory that is deleted on exit. Prints {@code NEO4J_URI=bolt://127.0.0.1:<port>} once it accepts
 * connections, and shuts down cleanly on SIGTERM or SIGINT.
 *
 * <p>User and password come from NEO4J_USER and NEO4J_PASSWORD (defaults {@code neo4j} and
 * {@code supply-graph-test}); Neo4j wants a password of at least 8 characters.
 */
public final class Neo4jTestServer {
    static final String DEFAULT_USER = "neo4j";
    static final String DEFAULT_PASSWORD = "supply-graph-test";

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        String user = nonEmpty(env.get("NEO4J_USER"), DEFAULT_USER);
        String password = nonEmpty(env.get("NEO4J_PASSWORD"), DEFAULT_PASSWORD);
        int port = Integer.parseInt(nonEmpty(env.get("NEO4J_TEST_PORT"), "0"));
        if (password.length() < 8) {
            System.err.println("NEO4J_PASSWORD must have at least 8 characters");
            System.exit(2);
        }

        Path home = Files.createTempDirectory("neo4j-test-server-");
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(BoltConnector.enabled, true)
                // Port 0: the kernel picks a free port, read back below, so parallel runs never collide.
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                // Transaction timeouts (the console's time limit) are enforced at this interval; the default is 2 s.
                .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, java.time.Duration.ofMillis(100))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            deleteTree(home);
            stopped.countDown();
        }, "neo4j-test-server-shutdown"));

        // Embedded transactions run with full rights, so the test user is set up here rather than through Bolt.
        var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        Map<String, Object> credentials = Map.of("user", user, "password", password);
        if (user.equals(DEFAULT_USER)) {
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", credentials);
        } else {
            system.executeTransactionally(
                    "CREATE USER $user IF NOT EXISTS SET PASSWORD $password CHANGE NOT REQUIRED", credentials);
        }

        var api = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        var address = api.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        String version = api.executeTransactionally(
                "CALL dbms.components() YIELD versions RETURN versions[0] AS v", Map.of(),
                r -> String.valueOf(r.next().get("v")));
        System.out.println("Neo4j " + version + " Community, data in " + home);
        System.out.println("NEO4J_URI=bolt://127.0.0.1:" + address.getPort());
        System.out.flush();
        stopped.await();
    }

    private static String nonEmpty(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not remove " + root + ": " + e.getMessage());
        }
    }

    private Neo4jTestServer() {}
}
