package io.livedrop.testinfra;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs {@code ./livedrop start|stop NAME}, which takes one local server away and brings it back. */
final class LocalServers {

    private LocalServers() {
    }

    static void run(Path repositoryRoot, String... arguments) {
        String[] command = new String[arguments.length + 2];
        command[0] = "bash";
        command[1] = repositoryRoot.resolve("livedrop").toString();
        System.arraycopy(arguments, 0, command, 2, arguments.length);
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("`./livedrop " + String.join(" ", arguments) + "` failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run ./livedrop", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
