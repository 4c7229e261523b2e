package io.livedrop.testinfra;

import java.nio.file.Path;
import org.testcontainers.kafka.KafkaContainer;

/** Takes the Kafka broker away and brings it back, for tests of what survives an outage. */
public sealed interface KafkaOutage {

    void stopBroker();

    void startBroker();

    /** The broker process that {@code ./livedrop} started, stopped and started by that script. */
    record LocalBroker(Path repositoryRoot) implements KafkaOutage {

        @Override
        public void stopBroker() {
            LocalServers.run(repositoryRoot, "stop", "kafka");
        }

        @Override
        public void startBroker() {
            LocalServers.run(repositoryRoot, "start", "kafka");
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
