package io.livedrop.testinfra;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.testcontainers.kafka.KafkaContainer;

/** Takes the Kafka broker away and brings it back, for tests of what survives an outage. */
public sealed interface KafkaOutage {

    void stopBroker();

    void startBroker();

    /** The broker process that {@code ./livedrop} started, stopped and started by that script. */
    record LocalBroker(Path repositoryRoot) implements KafkaOutage {

        @Override
        public void stopBroker() {
            run("stop", "kafka");
        }

        @Override
        public void startBroker() {
            run("start", "kafka");
        }

        private void run(String... arguments) {
            String[] command = new String[arguments.length + 2];
            command[0] = "bash";
            command[1] = repositoryRoot.resolve("livedrop").toString();
            System.arraycopy(arguments, 0, command, 2, arguments.length);
            try {
                Process process = new ProcessBuilder(command).inheritIO().start();
                if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
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

    /** A Testcontainers broker: pausing freezes it exactly as an unreachable broker looks. */
    record PausedContainer(KafkaContainer container) implements KafkaOutage {

        @Override
        public void stopBroker() {
            container.getDockerClient().pauseContainerCmd(container.getContainerId()).exec();
        }

        @Override
        public void startBroker() {
            container.getDockerClient().unpauseContainerCmd(container.getContainerId()).exec();
        }
    }
}
