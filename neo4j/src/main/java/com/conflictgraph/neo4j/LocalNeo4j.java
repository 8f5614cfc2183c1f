package com.conflictgraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs Neo4j Community embedded with only a Bolt connector, so development and tests get a real
 * Neo4j without Docker. The parent process waits for the {@code NEO4J_READY} line on stdout and
 * stops it with SIGTERM. Started with {@code --parent-pid}, it also stops when that process ends,
 * however it ended, so a killed parent never leaves it holding the port and the store.
 */
public final class LocalNeo4j {

    private static final String USAGE = String.join(System.lineSeparator(),
            "usage: LocalNeo4j [--host 127.0.0.1] [--port 7687] [--data .data/neo4j]"
                    + " [--pagecache 512m] [--tx-timeout 30s] [--parent-pid <pid>] [--watch-stdin]",
            "  --host        loopback address to listen on (127.x.x.x, localhost or ::1)",
            "  --port        Bolt port",
            "  --data        directory holding the store and Neo4j's own logs",
            "  --pagecache   page cache size, e.g. 256m, 1g",
            "  --tx-timeout  transaction timeout, e.g. 30s, 2m (0 disables it)",
            "  --parent-pid  shut down cleanly when the process with this pid ends (SIGKILL included)",
            "  --watch-stdin shut down cleanly when stdin reaches end of file (the parent's pipe closed)",
            "Authentication is off unless LOCAL_NEO4J_PASSWORD is set (8+ characters): then user neo4j has that password.",
            "Exit status: 0 stopped cleanly (signal, parent gone or stdin closed), 1 failed to start or to stop,",
            "2 bad command line, 3 port in use, 4 the --parent-pid process had already ended.");

    /** Recovery of a large store after a crash can take a while; a healthy start takes seconds. */
    private static final Duration AVAILABILITY_TIMEOUT = Duration.ofMinutes(2);

    private static final String STARTUP_ERROR_LOG = "local-neo4j-startup-error.log";

    /** {@code password} null: authentication off. {@code parentPid} 0: no parent is watched. */
    private record Options(String host, int port, Path data, long pageCache, Duration txTimeout, String password,
            long parentPid, boolean watchStdin) {}

    /** Read from the environment, not the command line, so it does not show in process lists. */
    private static final String PASSWORD_VARIABLE = "LOCAL_NEO4J_PASSWORD";

    /** A problem with the command line: reported as one line and exit status 2. */
    private static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = parse(args);
        } catch (UsageException e) {
            exit(2, e.getMessage());
            return;
        }
        if (options == null) {
            System.out.println(USAGE);
            return;
        }
        if (options.parentPid() != 0 && ProcessHandle.of(options.parentPid()).isEmpty()) {
            exit(4, "parent process " + options.parentPid() + " has already ended; not starting");
            return;
        }
        if (!isPortFree(options.host(), options.port())) {
            exit(3, "port " + options.port() + " on " + options.host()
                    + " is already in use; stop the other process or set LOCAL_NEO4J_PORT");
            return;
        }

        DatabaseManagementService dbms;
        try {
            dbms = start(options);
        } catch (Throwable t) {
            Path trace = writeStackTrace(options.data(), t);
            System.err.println("local-neo4j: failed to start: " + rootCauseMessage(t));
            if (trace != null) {
                System.err.println("local-neo4j: stack trace written to " + trace);
            }
            System.exit(1);
            return;
        }

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            int status = 0;
            try {
                dbms.shutdown(); // checkpoints and closes the store, so nothing is left to recover
                System.out.println("NEO4J_STOPPED");
            } catch (Throwable t) {
                System.err.println("local-neo4j: shutdown failed: " + rootCauseMessage(t));
                status = 1;
            }
            System.out.flush();
            // SIGTERM/SIGINT are the normal way to stop this process, not a failure: report 0
            // instead of the JVM's 128+signal. Neo4j is closed, so nothing is cut short.
            Runtime.getRuntime().halt(status);
        }, "local-neo4j-shutdown"));

        // Watched only once the shutdown hook exists, so a parent lost during start-up still ends in a clean stop.
        watchParent(options);
        System.out.println("NEO4J_READY bolt://" + SocketAddress.format(options.host(), options.port()));
        System.out.flush();
        try {
            Thread.currentThread().join(); // park until a signal runs the shutdown hook
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Two signals, either enough: the parent's exit (the JDK polls a non-child every few seconds)
     * and EOF on a stdin pipe the parent holds (immediate, as the kernel closes it with the parent).
     */
    private static void watchParent(Options options) {
        if (options.parentPid() != 0) {
            ProcessHandle.of(options.parentPid()).ifPresentOrElse(
                    parent -> parent.onExit().thenRun(() -> stopBecause("parent process " + options.parentPid() + " ended")),
                    () -> stopBecause("parent process " + options.parentPid() + " ended"));
        }
        if (options.watchStdin()) {
            Thread reader = new Thread(() -> {
                try (InputStream in = System.in) {
                    while (in.read() != -1) {
                        // The parent never writes; anything it does is ignored.
                    }
                } catch (IOException e) {
                    // A broken pipe means the same as EOF: the parent is gone.
                }
                stopBecause("stdin closed");
            }, "local-neo4j-stdin-watch");
            reader.setDaemon(true);
            reader.start();
        }
    }

    /** System.exit runs the shutdown hook, so the store is closed exactly as on SIGTERM. */
    private static void stopBecause(String why) {
        System.err.println("local-neo4j: " + why + "; shutting down");
        System.exit(0);
    }

    private static DatabaseManagementService start(Options o) throws IOException {
        // The data directory doubles as Neo4j's home, so its logs/ (debug.log) live beside the store.
        Path home = Files.createDirectories(o.data()).toAbsolutePath();
        // A trace left by an earlier failed start would only mislead whoever looks next.
        Files.deleteIfExists(home.resolve(STARTUP_ERROR_LOG));
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(o.host(), o.port()))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // Without a password, safe only because the listener is restricted to loopback.
                .setConfig(GraphDatabaseSettings.auth_enabled, o.password() != null)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, o.pageCache())
                .setConfig(GraphDatabaseSettings.transaction_timeout, o.txTimeout())
                // Bolt's Netty groups otherwise idle 5s each (boss, then worker) before stopping,
                // making every SIGTERM take ~10s; connections are already closed by then.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                // Likewise a runaway query would hold up shutdown for 10s; it is rolled back either way.
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
                .build();
        try {
            // build() returns once the DBMS is up; the default database may still be recovering.
            boolean available = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
                    .isAvailable(AVAILABILITY_TIMEOUT.toMillis());
            if (!available) {
                throw new IllegalStateException("database '" + GraphDatabaseSettings.DEFAULT_DATABASE_NAME
                        + "' not available after " + AVAILABILITY_TIMEOUT.toSeconds() + "s; see "
                        + home.resolve("logs").resolve("debug.log"));
            }
            if (o.password() != null) {
                setPassword(dbms, o.password());
            }
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw e;
        }
        return dbms;
    }

    /**
     * Gives the built-in user `neo4j` the configured password, so clients log in with it at once
     * (no forced change on first login). The embedded API runs with full rights, auth or not.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            // Its own timeout, not --tx-timeout: on a loaded machine the system database's first write
            // can take longer than a query should.
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password),
                    result -> null, AVAILABILITY_TIMEOUT);
        } catch (RuntimeException e) {
            // Restarting with the same password: Neo4j refuses a "change" to the current one.
            if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    /** Returns null when --help was asked for. */
    private static Options parse(String[] args) throws UsageException {
        String host = "127.0.0.1";
        int port = 7687;
        Path data = Path.of(".data", "neo4j");
        long pageCache = SettingValueParsers.BYTES.parse("512m");
        Duration txTimeout = Duration.ofSeconds(30);
        long parentPid = 0;
        boolean watchStdin = false;

        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return null;
            }
            if (arg.equals("--watch-stdin")) {
                watchStdin = true;
                continue;
            }
            String name = arg;
            String value;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                value = null;
            }
            if (!name.matches("--(host|port|data|pagecache|tx-timeout|parent-pid)")) {
                throw new UsageException("unknown option '" + arg + "' (see --help)");
            }
            if (value == null || value.isEmpty()) {
                throw new UsageException(name + " needs a value");
            }
            // Neo4j's own parsers give the same syntax and error messages as neo4j.conf.
            try {
                switch (name) {
                    case "--host" -> host = value;
                    case "--port" -> port = Integer.parseInt(value);
                    case "--data" -> data = Path.of(value);
                    case "--pagecache" -> pageCache = SettingValueParsers.BYTES.parse(value);
                    case "--tx-timeout" -> txTimeout = SettingValueParsers.DURATION.parse(value);
                    case "--parent-pid" -> {
                        parentPid = Long.parseLong(value);
                        if (parentPid <= 0 || parentPid == ProcessHandle.current().pid()) {
                            throw new UsageException("bad value for --parent-pid: " + parentPid + " is not another process");
                        }
                    }
                    default -> throw new AssertionError(name);
                }
            } catch (IllegalArgumentException e) {
                String why = e instanceof NumberFormatException ? "not a number" : e.getMessage();
                throw new UsageException("bad value for " + name + " '" + value + "': " + why);
            }
        }

        if (port < 1 || port > 65535) {
            throw new UsageException("bad value for --port: " + port + " is not between 1 and 65535");
        }
        if (pageCache <= 0) {
            throw new UsageException("bad value for --pagecache: must be greater than 0");
        }
        if (!isLoopback(host)) {
            throw new UsageException("refusing to listen on '" + host
                    + "': the local Neo4j listens on loopback only (127.x.x.x, localhost, ::1)");
        }
        String password = System.getenv(PASSWORD_VARIABLE);
        if (password != null && password.isEmpty()) {
            password = null;
        }
        if (password != null && password.length() < 8) {
            throw new UsageException(PASSWORD_VARIABLE + " must have at least 8 characters (Neo4j's minimum)");
        }
        return new Options(host, port, data, pageCache, txTimeout, password, parentPid, watchStdin);
    }

    /** Literal addresses only (plus "localhost"), so an odd /etc/hosts or DNS cannot widen exposure. */
    private static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        boolean literal = host.matches("[0-9.]+") || host.contains(":");
        try {
            return literal && InetAddress.getByName(host).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isPortFree(String host, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // Match Netty: a just-stopped instance leaves TIME_WAIT sockets that must not count.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String rootCauseMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            return root.getClass().getName();
        }
        // NIO file errors carry only the path as message ("/x/y"), which alone explains nothing.
        return root instanceof FileSystemException
                ? root.getClass().getSimpleName() + ": " + message
                : message;
    }

    /** The parent only shows our stderr line; keep the full trace where someone can find it. */
    private static Path writeStackTrace(Path dataDir, Throwable t) {
        try {
            Path file = Files.createDirectories(dataDir).resolve(STARTUP_ERROR_LOG);
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
                t.printStackTrace(out);
            }
            return file.toAbsolutePath();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void exit(int status, String message) {
        System.err.println("local-neo4j: " + message);
        System.exit(status);
    }
}
